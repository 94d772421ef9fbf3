import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The web app lives in src/web; the server serves the built files from dist/web.
export default defineConfig({
  root: fromRoot("./src/web"),
  plugins: [react()],
  build: {
    outDir: fromRoot("./dist/web"),
    emptyOutDir: true,
    // Libraries change less often than the app: a separate chunk stays cached across releases, which matters
    // on slow and metered connections. It is large (React + Mantine), hence the higher warning limit.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // ECharts and the map's libraries load only when a map or a chart (the home page's trends) opens;
        // everything else from node_modules is one vendor file.
        codeSplitting: {
          groups: [
            {
              name: "map",
              test: /[\\/]node_modules[\\/](echarts|zrender|world-atlas|topojson-client)[\\/]/,
              priority: 2,
            },
            { name: "vendor", test: /[\\/]node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": { target: "http://localhost:8080", changeOrigin: false },
    },
  },
});

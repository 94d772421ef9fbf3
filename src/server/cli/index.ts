import { Command } from "commander";
import { ConfigError, loadConfig } from "../config.js";
import { MasterKeyError } from "../crypto/master-key.js";
import { registerAdminCommands } from "./admin-commands.js";
import { registerOpsCommands } from "./ops-commands.js";
import { registerServe } from "./serve.js";

/** `safepath <command>`: every command reads the same configuration as the server. */
export async function runCli(argv: string[]): Promise<void> {
  const program = new Command()
    .name("safepath")
    .description("Safepath: case management and reporting for counter-trafficking work")
    .showHelpAfterError()
    .exitOverride();
  const config = () => loadConfig();
  registerServe(program, config);
  registerAdminCommands(program, config);
  registerOpsCommands(program, config);
  program.action(() => program.help());
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MasterKeyError) {
      console.error(error.message);
      process.exit(2);
    }
    const code = (error as { code?: string }).code;
    if (code === "commander.helpDisplayed" || code === "commander.help" || code === "commander.version")
      process.exit(0);
    if (code?.startsWith("commander.")) process.exit(1);
    console.error(`safepath: ${(error as Error).message}`);
    process.exit(1);
  }
}

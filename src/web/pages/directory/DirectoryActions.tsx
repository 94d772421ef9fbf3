import { Button, Group, Menu } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type QueryValue, toQueryString } from "../../api/client.js";
import { DIRECTORY_PATH } from "./directory-api.js";
import { ImportDialog } from "./import/ImportDialog.js";

interface DirectoryActionsProps {
  /** The current filters: the export holds what the list shows, not the whole directory. */
  query: Record<string, QueryValue>;
  manages: boolean;
}

/** Export of what is shown (as a spreadsheet, or CSV for other tools), and for those who keep entries: a new provider, a new service, an import. */
export function DirectoryActions({ query, manages }: DirectoryActionsProps) {
  const { t } = useTranslation();
  // A plain link: the browser downloads the file the server streams, with the session cookie.
  const exportHref = (format: "csv" | "xlsx") => `${DIRECTORY_PATH}/export${toQueryString({ format, ...query })}`;
  return (
    <Group gap="xs" wrap="wrap">
      {manages ? (
        <>
          <Button component={Link} to="/directory/providers/new" variant="default">
            {t("directoryPage.actions.newProvider")}
          </Button>
          <Button component={Link} to="/directory/services/new">
            {t("directoryPage.actions.newService")}
          </Button>
          <ImportDialog />
        </>
      ) : null}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default">{t("directoryPage.actions.export")}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component="a" href={exportHref("xlsx")} download>
            {t("directoryPage.actions.exportXlsx")}
          </Menu.Item>
          <Menu.Item component="a" href={exportHref("csv")} download>
            {t("directoryPage.actions.exportCsv")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

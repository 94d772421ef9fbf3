import { describe, expect, it } from "vitest";
import type { OfficeDetail } from "../../../shared/api/offices.js";
import { emptyOfficeForm, officeFormFrom, officeInputFrom, officeOfTeam, officePatchFrom } from "./office-form.js";

const office = (id: string, teams: string[], isMain = false): OfficeDetail => ({
  id,
  name: `Office ${id.slice(0, 4)}`,
  country: "UA",
  admin1Name: null,
  admin1Pcode: null,
  city: null,
  isMain,
  sortOrder: 0,
  retired: false,
  teams: teams.map((teamId) => ({ id: teamId, name: `Team ${teamId.slice(0, 4)}` })),
  version: 4,
});

const KYIV = "1111aaaa-0000-4000-8000-000000000001";
const LVIV = "2222bbbb-0000-4000-8000-000000000002";
const TEAM_A = "aaaa0000-0000-4000-8000-00000000000a";
const TEAM_B = "bbbb0000-0000-4000-8000-00000000000b";

describe("the office form", () => {
  it("sends blanks as cleared, the P-code in capitals and the order as a number", () => {
    const form = { ...emptyOfficeForm("UA"), name: " Lviv office ", admin1Pcode: "ua46", sortOrder: "2" };
    expect(officeInputFrom(form)).toEqual({
      name: "Lviv office",
      country: "UA",
      admin1Name: null,
      admin1Pcode: "UA46",
      city: null,
      isMain: false,
      sortOrder: 2,
    });
    expect(officeInputFrom({ ...form, sortOrder: "first" }).sortOrder).toBe("first");
  });

  it("changes with the version read, and never unsets the main mark by itself", () => {
    const main = office(KYIV, [], true);
    const patch = officePatchFrom({ ...officeFormFrom(main), isMain: false, retired: true }, main);
    expect(patch).toMatchObject({ version: 4, retired: true });
    expect(patch.isMain).toBeUndefined();
  });

  it("tells which office a team counts for, the main office (null) when no office lists it", () => {
    const offices = [office(KYIV, [TEAM_A], true), office(LVIV, [TEAM_B])];
    expect(officeOfTeam(offices, TEAM_B)).toBe(LVIV);
    expect(officeOfTeam(offices, TEAM_A)).toBe(KYIV);
    expect(officeOfTeam(offices, "cccc0000-0000-4000-8000-00000000000c")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { ServiceDetail } from "../../../../shared/api/directory.js";
import {
  emptyServiceForm,
  numberOrTyped,
  ownPlace,
  serviceFormFrom,
  serviceInputFrom,
  servicePatchFrom,
} from "./entry-form.js";

const service = {
  id: "00000000-0000-4000-8000-000000000001",
  providerId: "00000000-0000-4000-8000-000000000002",
  name: "Legal advice",
  serviceType: "Legal",
  description: null,
  address: "vul. Franka 1",
  country: "UA",
  region: null,
  city: "Lviv",
  latitude: 49.84,
  longitude: 24.03,
  placeFromProvider: false,
  areaCountries: [],
  areaRegions: [],
  areaCities: [],
  remote: false,
  languages: ["uk"],
  minAge: 18,
  maxAge: null,
  sexes: [],
  nationalities: [],
  statuses: [],
  openingHours: "Mon–Fri 9–17",
  openAlways: false,
  capacity: null,
  availability: "available",
  version: 3,
} as unknown as ServiceDetail;

describe("numbers typed in a form", () => {
  it("read with a decimal comma or point; empty clears; anything else goes as typed for the server to name", () => {
    expect(numberOrTyped("49,84")).toBe(49.84);
    expect(numberOrTyped(" 24.03 ")).toBe(24.03);
    expect(numberOrTyped("")).toBeNull();
    expect(numberOrTyped("north")).toBe("north");
  });
});

describe("a service's form", () => {
  it("sends empty text as null and the version read with a change", () => {
    const form = { ...serviceFormFrom(service), city: "  ", openingHours: "Mon–Sat" };
    const patch = servicePatchFrom(form, service.version) as Record<string, unknown>;
    expect(patch.city).toBeNull();
    expect(patch.openingHours).toBe("Mon–Sat");
    expect(patch.version).toBe(3);
    expect(patch.minAge).toBe(18);
    expect("providerId" in patch).toBe(false);
  });

  it("drops typed hours when the service is open always", () => {
    const input = serviceInputFrom({ ...emptyServiceForm("p"), openAlways: true, openingHours: "9–17" }) as Record<
      string,
      unknown
    >;
    expect(input.openingHours).toBeNull();
    expect(input.providerId).toBe("p");
  });

  it("does not copy the provider's place into the service", () => {
    // No place of its own: every place field starts empty, whatever the detail showed.
    expect(Object.values(ownPlace({ ...service, placeFromProvider: true }, undefined))).toEqual([
      "",
      null,
      "",
      "",
      "",
      "",
    ]);
    // An address of its own, the coordinates the provider's: the coordinates stay empty.
    const inherited = ownPlace(service, { latitude: 49.84, longitude: 24.03 });
    expect([inherited.address, inherited.latitude, inherited.longitude]).toEqual(["vul. Franka 1", "", ""]);
    const own = ownPlace(service, { latitude: 50.45, longitude: 30.52 });
    expect([own.latitude, own.longitude]).toEqual(["49.84", "24.03"]);
  });
});

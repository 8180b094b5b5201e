import { describe, expect, it } from "vitest";
import { refuse } from "./actor";

describe("refusal reasons", () => {
  it("names a race as conflict, a field's clash as invalid, and rights and absence by their own names", () => {
    expect(refuse(409, "veraltet").reason).toBe("conflict");
    expect(refuse(409, "vergeben", { slug: "Diese Adresse ist schon vergeben." }).reason).toBe("invalid");
    expect(refuse(409, "im Papierkorb", undefined, "invalid").reason).toBe("invalid");
    expect(refuse(401, "abgemeldet").reason).toBe("forbidden");
    expect(refuse(403, "keine Rechte").reason).toBe("forbidden");
    expect(refuse(404, "nicht gefunden").reason).toBe("not_found");
    for (const status of [400, 413, 422, 429] as const) expect(refuse(status, "Eingabe").reason).toBe("invalid");
  });
});

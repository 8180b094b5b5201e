import { afterEach, describe, expect, it } from "vitest";
import { setConfigForTests } from "../config";
import { clientAddress, PEER_HEADER } from "./client-address";

const request = (peer: string | null, forwardedFor?: string) =>
  new Headers({ ...(peer === null ? {} : { [PEER_HEADER]: peer }), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("clientAddress", () => {
  it("is the socket's peer with no trusted proxy, whatever the client writes into X-Forwarded-For", () => {
    expect(clientAddress(request("203.0.113.9", "203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientAddress(request("203.0.113.9", "1.2.3.4, 5.6.7.8, 203.0.113.9"), 0)).toBe("203.0.113.9");
  });

  it("takes the address the trusted proxy saw, one hop to the left, and ignores what the client added before it", () => {
    // nginx (10.0.0.2) appended the client's socket address 198.51.100.7; "1.2.3.4" was forged by the client.
    expect(clientAddress(request("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.2"), 1)).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.3", "1.2.3.4, 198.51.100.7, 10.0.0.2, 10.0.0.3"), 2)).toBe("198.51.100.7");
  });

  it("uses the leftmost entry when there are fewer hops than configured", () => {
    expect(clientAddress(request("10.0.0.2", "10.0.0.2"), 1)).toBe("10.0.0.2");
  });

  it("never trusts a chain it did not stamp", () => {
    expect(clientAddress(request(null, "1.2.3.4"), 0)).toBe("unbekannt");
    expect(clientAddress(request("10.0.0.2", "1.2.3.4"), 1)).toBe("10.0.0.2");
    expect(clientAddress(undefined, 0)).toBe("unbekannt");
  });

  describe("with the configured TRUSTED_PROXIES", () => {
    afterEach(() => setConfigForTests());
    const chain = request("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.2");

    it("trusts no proxy when it is unset or blank", () => {
      setConfigForTests({ TRUSTED_PROXIES: "" });
      expect(clientAddress(chain)).toBe("10.0.0.2");
    });

    it("trusts as many as it says", () => {
      setConfigForTests({ TRUSTED_PROXIES: "1" });
      expect(clientAddress(chain)).toBe("198.51.100.7");
    });
  });
});

import { describe, expect, it } from "vitest";
import { exposesSensitivePort, fmtPorts, isWorldCidr, portRange, worldCidrs } from "./network";

describe("isWorldCidr", () => {
  it.each([
    ["0.0.0.0/0", true],
    ["::/0", true],
    ["208.236.235.254/0", true],
    [" 0.0.0.0/0 ", true],
    ["10.0.0.0/8", false],
    ["0.0.0.0/00x", false],
    ["::/128", false],
  ])("%s → %s", (cidr, world) => expect(isWorldCidr(cidr)).toBe(world));
});

describe("request shapes", () => {
  it.each([
    ["legacy cidrIp", { cidrIp: "0.0.0.0/0", fromPort: 22, toPort: 22, ipProtocol: "tcp" }, ["0.0.0.0/0"], "port 22"],
    ["ipPermissions", { ipPermissions: { items: [{ ipProtocol: "tcp", fromPort: 3000, toPort: 3100, ipv6Ranges: { items: [{ cidrIpv6: "::/0" }] } }] } }, ["::/0"], "ports 3000–3100"],
    ["ModifySecurityGroupRules", { ModifySecurityGroupRulesRequest: { SecurityGroupRule: { SecurityGroupRule: { CidrIpv4: "0.0.0.0/0", IpProtocol: "-1" } } } }, ["0.0.0.0/0"], "all ports"],
    ["a private range", { cidrIp: "10.1.0.0/16", fromPort: 443, toPort: 443 }, [], "port 443"],
  ])("%s", (_name, params, cidrs, ports) => {
    expect(worldCidrs(params)).toEqual(cidrs);
    expect(fmtPorts(portRange(params))).toBe(ports);
  });

  it("knows which openings matter", () => {
    expect(exposesSensitivePort([22, 22])).toBe(true);
    expect(exposesSensitivePort([3300, 3400])).toBe(true);
    expect(exposesSensitivePort([443, 443])).toBe(false);
    expect(exposesSensitivePort(null)).toBe(true);
  });
});

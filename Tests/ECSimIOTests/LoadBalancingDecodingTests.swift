import ECSSim
import ECSimIO
import Foundation
import Testing

/// The `targetGroups` and `loadBalancers` sections: values, defaults, ELB's rules, references
/// between sections, and located errors.
@Suite struct LoadBalancingDecodingTests: ScenarioDecodingHelpers {
  // MARK: targetGroups

  @Test func targetGroupWithEveryKey() throws {
    let spec = try decode("""
      name: x
      targetGroups:
        - name: web-tg
          protocol: HTTPS
          port: 8443
          targetType: ip
          healthCheck:
            protocol: HTTPS
            port: 9000
            path: /healthz
            intervalSeconds: 10
            timeoutSeconds: 3
            healthyThresholdCount: 2
            unhealthyThresholdCount: 3
            matcher: 200-299
          deregistrationDelaySeconds: 30

      """)
    let tg = try #require(spec.targetGroups.first)
    #expect(tg.name == "web-tg" && tg.protocol == "HTTPS" && tg.port == 8443 && tg.targetType == "ip")
    #expect(tg.deregistrationDelaySeconds == 30)
    #expect(tg.location == at(3, 5))
    var hc = HealthCheckSettings()
    hc.protocol = "HTTPS"; hc.port = "9000"; hc.path = "/healthz"; hc.intervalSeconds = 10; hc.timeoutSeconds = 3
    hc.healthyThresholdCount = 2; hc.unhealthyThresholdCount = 3; hc.matcher = "200-299"
    #expect(tg.healthCheck == hc)
  }

  @Test func targetGroupDefaultsAreALBs() throws {
    let spec = try decode("name: x\ntargetGroups:\n  - name: web\n")
    let tg = try #require(spec.targetGroups.first)
    #expect(tg.protocol == "HTTP" && tg.port == 80 && tg.targetType == "instance")
    #expect(tg.deregistrationDelaySeconds == 300)
    let hc = tg.healthCheck
    #expect(hc.protocol == "HTTP" && hc.port == "traffic-port" && hc.path == "/")
    #expect(hc.intervalSeconds == 30 && hc.timeoutSeconds == 5)
    #expect(hc.healthyThresholdCount == 5 && hc.unhealthyThresholdCount == 2 && hc.matcher == "200")
  }

  @Test func matcherMayBeTheAPIShapeOrAList() throws {
    let spec = try decode("""
      name: x
      targetGroups:
        - {name: a, healthCheck: {matcher: {HttpCode: "200,302"}}}
        - {name: b, healthCheck: {matcher: "200-299,404", port: traffic-port}}

      """)
    #expect(spec.targetGroups.map(\.healthCheck.matcher) == ["200,302", "200-299,404"])
  }

  @Test func targetGroupNameRules() {
    func tg(_ name: String) -> String { "name: x\ntargetGroups:\n  - name: \(name)\n" }
    #expect(decodeError(tg("web_tg"))
      == error("targetGroups[0].name: target group name 'web_tg' may contain only letters, digits and hyphens", 3, 11))
    #expect(decodeError(tg("-web"))
      == error("targetGroups[0].name: target group name '-web' must not begin or end with a hyphen", 3, 11))
    #expect(decodeError(tg(String(repeating: "a", count: 33)))
      == error("targetGroups[0].name: target group name '\(String(repeating: "a", count: 33))' can have at most 32 characters, found 33", 3, 11))
    #expect(decodeError("name: x\ntargetGroups:\n  - name: web\n  - name: web\n")
      == error("targetGroups[1]: duplicate target group name 'web' (also targetGroups[0] at 3:5)", 4, 5))
  }

  @Test func targetGroupRangesAndWords() {
    func hc(_ body: String) -> String { "name: x\ntargetGroups:\n  - name: web\n    healthCheck: {\(body)}\n" }
    #expect(decodeError(hc("intervalSeconds: 3"))
      == error("targetGroups[0].healthCheck.intervalSeconds: must be between 5 and 300, found 3", 4, 36))
    #expect(decodeError(hc("timeoutSeconds: 121"))
      == error("targetGroups[0].healthCheck.timeoutSeconds: must be between 2 and 120, found 121", 4, 35))
    #expect(decodeError(hc("healthyThresholdCount: 1"))
      == error("targetGroups[0].healthCheck.healthyThresholdCount: must be between 2 and 10, found 1", 4, 42))
    #expect(decodeError(hc("unhealthyThresholdCount: 11"))
      == error("targetGroups[0].healthCheck.unhealthyThresholdCount: must be between 2 and 10, found 11", 4, 44))
    #expect(decodeError(hc("intervalSeconds: 10, timeoutSeconds: 10"))
      == error("targetGroups[0].healthCheck: timeoutSeconds (10) must be smaller than intervalSeconds (10)", 4, 56))
    // The default 5 s timeout is checked against a short interval too.
    #expect(decodeError(hc("intervalSeconds: 5"))?.message
      == "targetGroups[0].healthCheck: timeoutSeconds (5) must be smaller than intervalSeconds (5)")
    #expect(decodeError(hc("path: health"))
      == error("targetGroups[0].healthCheck.path: must start with '/', found 'health'", 4, 25))
    #expect(decodeError(hc("port: 0"))
      == error("targetGroups[0].healthCheck.port: expected traffic-port or a port number from 1 to 65535, found '0'", 4, 25))
    #expect(decodeError(hc("matcher: 200-199"))
      == error("targetGroups[0].healthCheck.matcher: expected HTTP codes from 200 to 499 such as 200, 200,202 or 200-299, found '200-199'", 4, 28))
    #expect(decodeError(hc("matcher: 500"))?.message
      == "targetGroups[0].healthCheck.matcher: expected HTTP codes from 200 to 499 such as 200, 200,202 or 200-299, found '500'")
    #expect(decodeError(hc("protocol: TCP"))
      == error("targetGroups[0].healthCheck.protocol: 'TCP' is not one of HTTP, HTTPS; did you mean 'HTTP'?", 4, 29))
    #expect(decodeError(hc("intervalSecond: 10"))
      == error("targetGroups[0].healthCheck: unknown key 'intervalSecond'; did you mean 'intervalSeconds'?", 4, 19) )
    #expect(decodeError("name: x\ntargetGroups:\n  - {name: web, deregistrationDelaySeconds: 3601}\n")
      == error("targetGroups[0].deregistrationDelaySeconds: must be between 0 and 3600, found 3601", 3, 45))
    #expect(decodeError("name: x\ntargetGroups:\n  - {name: web, targetType: lambda}\n")
      == error("targetGroups[0].targetType: 'lambda' is not one of instance, ip", 3, 29))
    #expect(decodeError("name: x\ntargetGroups:\n  - {name: web, protocol: HTTP2}\n")
      == error("targetGroups[0].protocol: 'HTTP2' is not one of HTTP, HTTPS; did you mean 'HTTP'?", 3, 27))
  }

  // MARK: loadBalancers

  @Test func loadBalancerWithListeners() throws {
    let spec = try decode("""
      name: x
      loadBalancers:
        - name: public-alb
          scheme: internal
          subnets: [\(subnetA), \(subnetB)]
          securityGroups: [sg-0a1b2c3d4e5f00001]
          listeners:
            - {port: 443, protocol: HTTPS, defaultTargetGroup: web}
            - {port: 80, redirectToPort: 443}
      \(twoGroups)
      """)
    let lb = try #require(spec.loadBalancers.first)
    #expect(lb.name == "public-alb" && lb.scheme == "internal" && lb.location == at(3, 5))
    #expect(lb.subnets == [subnetA, subnetB] && lb.securityGroups == ["sg-0a1b2c3d4e5f00001"])
    #expect(lb.listeners.map(\.port) == [443, 80])
    #expect(lb.listeners.map(\.protocol) == ["HTTPS", "HTTP"])
    #expect(lb.listeners.map(\.defaultTargetGroup) == ["web", nil])
    #expect(lb.listeners.map(\.redirectToPort) == [nil, 443])
  }

  @Test func loadBalancerDefaultsToInternetFacing() throws {
    let spec = try decode("name: x\nloadBalancers:\n  - {name: alb, subnets: [\(subnetA), \(subnetB)]}\n")
    #expect(spec.loadBalancers.first?.scheme == "internet-facing")
    #expect(spec.loadBalancers.first?.listeners.isEmpty == true)
  }

  @Test func listenerNeedsExactlyOneAction() {
    func listener(_ l: String) -> String {
      "name: x\nloadBalancers:\n  - name: alb\n    subnets: [\(subnetA), \(subnetB)]\n    listeners:\n      - \(l)\n" + twoGroups
    }
    #expect(decodeError(listener("{port: 80}"))
      == error("loadBalancers[0].listeners[0]: a listener needs defaultTargetGroup (forward) or redirectToPort (redirect)", 6, 9))
    #expect(decodeError(listener("{port: 80, defaultTargetGroup: web, redirectToPort: 443}"))
      == error("loadBalancers[0].listeners[0]: give either defaultTargetGroup or redirectToPort, not both", 6, 61))
    #expect(decodeError(listener("{defaultTargetGroup: web}"))
      == error("loadBalancers[0].listeners[0]: missing required key 'port'", 6, 9))
    #expect(decodeError(listener("{port: 80, protocol: TCP, defaultTargetGroup: web}"))
      == error("loadBalancers[0].listeners[0].protocol: 'TCP' is not one of HTTP, HTTPS; did you mean 'HTTP'?", 6, 30))
    #expect(decodeError(listener("{port: 80, redirectToPort: 0}"))
      == error("loadBalancers[0].listeners[0].redirectToPort: must be between 1 and 65535, found 0", 6, 36))
  }

  @Test func listenerPortsAreUniquePerLoadBalancer() {
    #expect(decodeError("""
      name: x
      loadBalancers:
        - name: alb
          subnets: [\(subnetA), \(subnetB)]
          listeners:
            - {port: 80, defaultTargetGroup: web}
            - {port: 80, redirectToPort: 443}
      \(twoGroups)
      """) == error("loadBalancers[0].listeners[1]: duplicate listener port '80' (also loadBalancers[0].listeners[0] at 6:9)", 7, 9))
  }

  @Test func listenerTargetGroupMustBeDefinedEvenLaterInTheFile() throws {
    // Defined after the load balancer: fine.
    let spec = try decode("""
      name: x
      loadBalancers:
        - name: alb
          subnets: [\(subnetA), \(subnetB)]
          listeners: [{port: 80, defaultTargetGroup: api}]
      \(twoGroups)
      """)
    #expect(spec.loadBalancers[0].listeners[0].defaultTargetGroup == "api")
    #expect(decodeError("""
      name: x
      loadBalancers:
        - name: alb
          subnets: [\(subnetA), \(subnetB)]
          listeners: [{port: 80, defaultTargetGroup: wbe}]
      \(twoGroups)
      """) == error("loadBalancers[0].listeners[0].defaultTargetGroup: no target group named 'wbe' in targetGroups; did you mean 'web'?", 5, 48))
    #expect(decodeError("""
      name: x
      loadBalancers:
        - name: alb
          subnets: [\(subnetA), \(subnetB)]
          listeners: [{port: 80, defaultTargetGroup: web}]

      """) == error("loadBalancers[0].listeners[0].defaultTargetGroup: no target group named 'web' in targetGroups", 5, 48))
  }

  @Test func loadBalancerSubnetsSpanTwoZonesOfTheVPC() {
    #expect(decodeError("name: x\nloadBalancers:\n  - {name: alb, subnets: [\(subnetA)]}\n")
      == error("loadBalancers[0].subnets: an Application Load Balancer needs subnets in at least two Availability Zones; all are in us-east-1a", 3, 26))
    #expect(decodeError("name: x\nloadBalancers:\n  - {name: alb, subnets: []}\n")
      == error("loadBalancers[0].subnets: an Application Load Balancer needs subnets in at least two Availability Zones; none is given", 3, 26))
    #expect(decodeError("name: x\nloadBalancers:\n  - {name: alb, subnets: [\(subnetA), subnet-0a1b2c3d4e5f6071b]}\n")
      == error("loadBalancers[0].subnets[1]: no subnet 'subnet-0a1b2c3d4e5f6071b' in the VPC; did you mean 'subnet-0a1b2c3d4e5f60718'?", 3, 53))
    #expect(decodeError("name: x\nloadBalancers:\n  - {name: alb}\n")
      == error("loadBalancers[0]: missing required key 'subnets'", 3, 5))
    #expect(decodeError("name: x\nloadBalancers:\n  - {name: alb, subnets: [\(subnetA), \(subnetA)]}\n")
      == error("loadBalancers[0].subnets[1]: subnet '\(subnetA)' is listed twice (also loadBalancers[0].subnets[0])", 3, 53))
  }

  @Test func loadBalancerSubnetsAreCheckedAgainstAVPCWrittenLater() {
    let yaml = """
      name: x
      loadBalancers:
        - {name: alb, subnets: [subnet-a1, subnet-a2]}
      vpc:
        cidr: 10.0.0.0/16
        subnets:
          - {subnetId: subnet-a1, availabilityZone: us-east-1a, cidr: 10.0.0.0/20}
          - {subnetId: subnet-a2, availabilityZone: us-east-1a, cidr: 10.0.16.0/20}
          - {subnetId: subnet-b1, availabilityZone: us-east-1b, cidr: 10.0.32.0/20}

      """
    #expect(decodeError(yaml) == error(
      "loadBalancers[0].subnets[1]: 'subnet-a2' is in us-east-1a like 'subnet-a1'; a load balancer takes one subnet per Availability Zone",
      3, 38))
    let fixed = yaml.replacingOccurrences(of: "[subnet-a1, subnet-a2]", with: "[subnet-a1, subnet-b1]")
    #expect(throws: Never.self) { try decode(fixed) }
  }

  @Test func loadBalancerNameRules() {
    #expect(decodeError("name: x\nloadBalancers:\n  - {name: internal-web, subnets: [\(subnetA), \(subnetB)]}\n")
      == error("loadBalancers[0].name: load balancer name 'internal-web' must not begin with 'internal-'", 3, 12))
    #expect(decodeError("name: x\nloadBalancers:\n  - {name: alb, scheme: public, subnets: [\(subnetA), \(subnetB)]}\n")
      == error("loadBalancers[0].scheme: 'public' is not one of internet-facing, internal", 3, 25))
    #expect(decodeError("""
      name: x
      loadBalancers:
        - {name: alb, subnets: [\(subnetA), \(subnetB)]}
        - {name: alb, subnets: [\(subnetA), \(subnetB)]}

      """) == error("loadBalancers[1]: duplicate load balancer name 'alb' (also loadBalancers[0] at 3:5)", 4, 5))
  }
}

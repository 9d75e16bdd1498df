import ECSSim
import ECSimIO
import Foundation
import Testing

/// The `services` and `schedules` sections: values, defaults, ECS's rules, references between
/// sections, and located errors; and the order errors of different sections are reported in.
@Suite struct ScenarioServiceDecodingTests: ScenarioDecodingHelpers {
  // MARK: services

  @Test func serviceWithEveryKey() throws {
    let spec = try decode("""
      name: x
      services:
        - cluster: prod
          serviceName: web
          taskDefinition: web:3
          desiredCount: 4
          capacityProviderStrategy:
            - {capacityProvider: FARGATE, weight: 1, base: 2}
            - {capacityProvider: FARGATE_SPOT, weight: 3}
          schedulingStrategy: REPLICA
          deploymentConfiguration:
            maximumPercent: 150
            minimumHealthyPercent: 50
            deploymentCircuitBreaker: {enable: true, rollback: false}
          loadBalancers:
            - {targetGroupArn: web, containerName: web, containerPort: 8080}
            - {targetGroupName: api, containerName: web, containerPort: 9090}
          healthCheckGracePeriodSeconds: 60
          placementConstraints:
            - {type: memberOf, expression: "attribute:ecs.instance-type =~ m5.*"}
          placementStrategy:
            - {type: spread, field: attribute:ecs.availability-zone}
          networkConfiguration:
            awsvpcConfiguration:
              subnets: [\(subnetA)]
              securityGroups: [sg-1]
              assignPublicIp: ENABLED
      \(twoGroups)
      """)
    let s = try #require(spec.services.first)
    #expect(s.cluster == "prod" && s.serviceName == "web" && s.taskDefinition == "web:3")
    #expect(s.desiredCount == 4 && s.launchType == nil && s.schedulingStrategy == "REPLICA")
    #expect(s.capacityProviderStrategy.map(\.capacityProvider) == ["FARGATE", "FARGATE_SPOT"])
    #expect(s.capacityProviderStrategy.map(\.weight) == [1, 3])
    #expect(s.capacityProviderStrategy.map(\.base) == [2, 0])
    var dc = DeploymentConfigurationInput()
    dc.maximumPercent = 150; dc.minimumHealthyPercent = 50
    dc.circuitBreakerEnable = true; dc.circuitBreakerRollback = false
    #expect(s.deploymentConfiguration == dc)
    #expect(s.loadBalancers == [
      ServiceLoadBalancerInput(targetGroup: "web", containerName: "web", containerPort: 8080),
      ServiceLoadBalancerInput(targetGroup: "api", containerName: "web", containerPort: 9090),
    ])
    #expect(s.healthCheckGracePeriodSeconds == 60)
    #expect(s.placementConstraints.map(\.type) == ["memberOf"])
    #expect(s.placementConstraints.map(\.expression) == ["attribute:ecs.instance-type =~ m5.*"])
    #expect(s.placementStrategy.map(\.type) == ["spread"])
    #expect(s.placementStrategy.map(\.field) == ["attribute:ecs.availability-zone"])
    #expect(s.subnets == [subnetA] && s.securityGroups == ["sg-1"] && s.assignPublicIp)
    #expect(s.location == at(3, 5))
  }

  @Test func minimalServiceLeavesECSDefaultsToTheEngine() throws {
    let spec = try decode("name: x\nservices:\n  - {serviceName: web, taskDefinition: web}\n")
    let s = try #require(spec.services.first)
    #expect(s.cluster == nil && s.desiredCount == nil && s.schedulingStrategy == nil && s.launchType == nil)
    #expect(s.deploymentConfiguration == DeploymentConfigurationInput())
    #expect(s.loadBalancers.isEmpty && s.placementStrategy.isEmpty && s.subnets.isEmpty && !s.assignPublicIp)
    #expect(s.healthCheckGracePeriodSeconds == nil)
  }

  @Test func serviceTargetGroupByARN() throws {
    let arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067"
    let spec = try decode("""
      name: x
      services:
        - serviceName: web
          taskDefinition: web
          loadBalancers: [{targetGroupArn: "\(arn)", containerName: web, containerPort: 80}]
      \(twoGroups)
      """)
    #expect(spec.services[0].loadBalancers[0].targetGroup == arn)
    #expect(decodeError("""
      name: x
      services:
        - serviceName: web
          taskDefinition: web
          loadBalancers: [{targetGroupArn: "\(arn.replacingOccurrences(of: "/web/", with: "/wbe/"))", containerName: web, containerPort: 80}]
      \(twoGroups)
      """)?.message == "services[0].loadBalancers[0].targetGroupArn: no target group named 'wbe' in targetGroups; did you mean 'web'?")
  }

  @Test func serviceLoadBalancerErrors() {
    func lb(_ entry: String) -> String {
      "name: x\nservices:\n  - serviceName: web\n    taskDefinition: web\n    loadBalancers:\n      - \(entry)\n" + twoGroups
    }
    #expect(decodeError(lb("{containerName: web, containerPort: 80}"))
      == error("services[0].loadBalancers[0]: missing required key 'targetGroupArn' (or 'targetGroupName')", 6, 9))
    #expect(decodeError(lb("{targetGroupArn: web, targetGroupName: web, containerName: web, containerPort: 80}"))
      == error("services[0].loadBalancers[0]: give either targetGroupArn or targetGroupName, not both", 6, 48))
    #expect(decodeError(lb("{targetGroupName: web, containerName: web}"))
      == error("services[0].loadBalancers[0]: missing required key 'containerPort'", 6, 9))
    #expect(decodeError(lb("{targetGroupName: web, containerName: web, containerPort: 0}"))
      == error("services[0].loadBalancers[0].containerPort: must be between 1 and 65535, found 0", 6, 67))
    #expect(decodeError(lb("{targetGroupName: nope, containerName: web, containerPort: 80}"))
      == error("services[0].loadBalancers[0].targetGroupName: no target group named 'nope' in targetGroups", 6, 27))
    #expect(decodeError(lb("{loadBalancerName: classic, containerName: web, containerPort: 80}"))
      == error("services[0].loadBalancers[0]: unknown key 'loadBalancerName'; expected one of: targetGroupArn, targetGroupName, containerName, containerPort", 6, 10))
    let six = Array(repeating: "{targetGroupName: web, containerName: web, containerPort: 80}", count: 6).joined(separator: ", ")
    #expect(decodeError("name: x\nservices:\n  - serviceName: web\n    taskDefinition: web\n    loadBalancers: [\(six)]\n" + twoGroups)
      == error("services[0].loadBalancers: a service can have at most 5 target groups, found 6", 5, 20))
  }

  @Test func serviceErrors() {
    func service(_ body: String) -> String { "name: x\nservices:\n  - {serviceName: web, taskDefinition: web, \(body)}\n" }
    #expect(decodeError("name: x\nservices:\n  - {serviceName: web app, taskDefinition: web}\n")
      == error("services[0].serviceName: service name 'web app' may contain only letters, digits, hyphens and underscores", 3, 19))
    #expect(decodeError("name: x\nservices:\n  - {serviceName: web}\n")
      == error("services[0]: missing required key 'taskDefinition'", 3, 5))
    #expect(decodeError(service("desiredCount: -1"))
      == error("services[0].desiredCount: must be at least 0, found -1", 3, 59))
    #expect(decodeError(service("schedulingStrategy: DEAMON"))
      == error("services[0].schedulingStrategy: 'DEAMON' is not one of REPLICA, DAEMON; did you mean 'DAEMON'?", 3, 65))
    #expect(decodeError(service("launchType: EC2, capacityProviderStrategy: [{capacityProvider: FARGATE}]"))
      == error("services[0]: give either launchType or capacityProviderStrategy, not both", 3, 88))
    #expect(decodeError(service("capacityProviderStrategy: [{capacityProvider: a, base: 1}, {capacityProvider: b, base: 2}]"))
      == error("services[0].capacityProviderStrategy[1]: only one capacity provider in a strategy can have a base", 3, 104))
    #expect(decodeError(service("deploymentConfiguration: {minimumHealthyPercent: 101}"))
      == error("services[0].deploymentConfiguration.minimumHealthyPercent: must be between 0 and 100, found 101", 3, 94))
    #expect(decodeError(service("deploymentConfiguration: {deploymentCircuitBreaker: {enable: true}}"))
      == error("services[0].deploymentConfiguration.deploymentCircuitBreaker: missing required key 'rollback'", 3, 97))
    #expect(decodeError(service("deploymentConfiguration: {deploymentCircuitBreaker: {enable: yes, rollback: maybe}}"))
      == error("services[0].deploymentConfiguration.deploymentCircuitBreaker.rollback: expected true or false, found 'maybe'", 3, 121))
    #expect(decodeError(service("healthCheckGracePeriodSeconds: -5"))
      == error("services[0].healthCheckGracePeriodSeconds: must be between 0 and 2147483647, found -5", 3, 76))
    #expect(decodeError(service("placementStrategy: [{type: spread}]"))
      == error("services[0].placementStrategy[0]: Spread strategy requires a field, e.g. attribute:ecs.availability-zone or instanceId.", 3, 65))
    #expect(decodeError(service("networkConfiguration: {awsvpcConfiguration: {subnets: []}}"))
      == error("services[0].networkConfiguration.awsvpcConfiguration.subnets: awsvpcConfiguration needs at least one subnet", 3, 99))
    #expect(decodeError(service("platformVersion: LATEST"))?.message
      == "services[0]: unknown key 'platformVersion'; expected one of: cluster, serviceName, taskDefinition, desiredCount, launchType, capacityProviderStrategy, schedulingStrategy, deploymentConfiguration, loadBalancers, healthCheckGracePeriodSeconds, placementConstraints, placementStrategy, networkConfiguration")
  }

  @Test func daemonServiceRules() throws {
    func daemon(_ body: String) -> String {
      "name: x\nservices:\n  - {serviceName: agent, taskDefinition: agent, schedulingStrategy: DAEMON, \(body)}\n"
    }
    let spec = try decode(daemon("deploymentConfiguration: {maximumPercent: 100, minimumHealthyPercent: 0}"))
    #expect(spec.services[0].schedulingStrategy == "DAEMON")
    #expect(decodeError(daemon("launchType: FARGATE"))
      == error("services[0].launchType: the DAEMON scheduling strategy does not support the FARGATE launch type", 3, 89))
    #expect(decodeError(daemon("placementStrategy: [{type: binpack, field: memory}]"))
      == error("services[0].placementStrategy: a DAEMON service takes no placement strategy (it runs one task on each instance)", 3, 96))
    #expect(decodeError(daemon("deploymentConfiguration: {maximumPercent: 200}"))
      == error("services[0].deploymentConfiguration.maximumPercent: must be 100 for a DAEMON service, found 200", 3, 119))
  }

  @Test func serviceNamesAreUniquePerCluster() throws {
    let spec = try decode("""
      name: x
      services:
        - {serviceName: web, taskDefinition: web}
        - {serviceName: web, taskDefinition: web, cluster: batch}

      """)
    #expect(spec.services.map(\.cluster) == [nil, "batch"])
    #expect(decodeError("""
      name: x
      services:
        - {serviceName: web, taskDefinition: web}
        - {serviceName: web, taskDefinition: web:2, cluster: default}

      """) == error("services[1]: duplicate service 'web' in cluster 'default' (also services[0] at 3:5)", 4, 5))
  }

  // MARK: schedules

  @Test func scheduleWithARunTaskTarget() throws {
    let spec = try decode("""
      name: x
      schedules:
        - name: nightly-report
          scheduleExpression: cron(0 2 * * ? *)
          target:
            cluster: batch
            taskDefinition: report:4
            count: 2
            launchType: FARGATE
            group: reports
            networkConfiguration:
              awsvpcConfiguration: {subnets: [\(subnetA)], assignPublicIp: DISABLED}
        - {name: every-5m, scheduleExpression: rate(5 minutes), target: {taskDefinition: ping}}

      """)
    let s = try #require(spec.schedules.first)
    #expect(s.name == "nightly-report" && s.scheduleExpression == "cron(0 2 * * ? *)")
    #expect(s.request.cluster == "batch" && s.request.taskDefinition == "report:4" && s.request.count == 2)
    #expect(s.request.launchType == "FARGATE" && s.request.group == "reports")
    #expect(s.request.subnets == [subnetA] && !s.request.assignPublicIp)
    #expect(s.location == at(3, 5))
    let t = spec.schedules[1]
    #expect(t.scheduleExpression == "rate(5 minutes)" && t.request.taskDefinition == "ping" && t.request.count == 1)
    #expect(t.request.cluster == nil)
  }

  @Test func scheduleErrors() {
    func schedule(_ body: String) -> String { "name: x\nschedules:\n  - {\(body)}\n" }
    #expect(decodeError(schedule("name: nightly, scheduleExpression: every day, target: {taskDefinition: r}"))
      == error("schedules[0].scheduleExpression: expected rate(…), cron(…) or at(…), such as rate(5 minutes) or cron(0 12 * * ? *), found 'every day'", 3, 41))
    #expect(decodeError(schedule("name: nightly, scheduleExpression: rate()"))?.message
      == "schedules[0].scheduleExpression: expected rate(…), cron(…) or at(…), such as rate(5 minutes) or cron(0 12 * * ? *), found 'rate()'")
    #expect(decodeError(schedule("name: nightly, scheduleExpression: rate(1 day)"))
      == error("schedules[0]: missing required key 'target'", 3, 5))
    #expect(decodeError(schedule("name: nightly report, scheduleExpression: rate(1 day), target: {taskDefinition: r}"))
      == error("schedules[0].name: schedule name 'nightly report' may contain only letters, digits, '-', '_' and '.'", 3, 12))
    #expect(decodeError(schedule("name: n, scheduleExpression: rate(1 day), target: {taskDefinition: r, count: 11}"))
      == error("schedules[0].target.count: RunTask starts at most 10 tasks per call, found 11; write several entries", 3, 83))
    #expect(decodeError(schedule("name: n, scheduleExpression: rate(1 day), target: {taskDefinitionArn: r}"))
      == error("schedules[0].target: unknown key 'taskDefinitionArn'; did you mean 'taskDefinition'?", 3, 57))
    #expect(decodeError("""
      name: x
      schedules:
        - {name: n, scheduleExpression: rate(1 day), target: {taskDefinition: r}}
        - {name: n, scheduleExpression: rate(2 days), target: {taskDefinition: r}}

      """) == error("schedules[1]: duplicate schedule name 'n' (also schedules[0] at 3:5)", 4, 5))
  }

  // MARK: the whole file

  @Test func sectionErrorsAreReportedInFileOrder() {
    // A reference problem is reported after every section has been read.
    #expect(decodeError("""
      name: x
      loadBalancers: [{name: alb, subnets: [\(subnetA)]}]
      schedules: 3

      """)?.message == "schedules: expected a list, found a scalar")
    #expect(decodeError("name: x\nschedules: 3\nservices: 4\n")?.message == "schedules: expected a list, found a scalar")
    #expect(decodeError("name: x\nservices: 4\nschedules: 3\n")?.message == "services: expected a list, found a scalar")
    #expect(decodeError("name: x\ntargetGroup: []\n")
      == error("scenario: unknown key 'targetGroup'; did you mean 'targetGroups'?", 2, 1))
  }

  @Test func documentedCompleteExampleHasTheNewSections() throws {
    let docPath = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/scenario-format.md").path
    let text = try String(contentsOfFile: docPath, encoding: .utf8)
    let start = try #require(text.range(of: "```yaml\nname: two-services"))
    let body = text[start.upperBound...]
    let end = try #require(body.range(of: "\n```"))
    var root = try YAMLNodeReader.read("name: two-services" + body[..<end.lowerBound] + "\n")
    if case .mapping(var pairs) = root.kind {
      pairs.removeAll { $0.key.scalar == "taskDefinitions" }
      root.kind = .mapping(pairs)
    }
    let spec = try ScenarioSpec.decode(root)
    #expect(spec.targetGroups.map(\.name) == ["web"])
    #expect(spec.loadBalancers.map(\.name) == ["web-alb"])
    #expect(spec.services.map(\.serviceName) == ["web"])
    #expect(spec.services.first?.loadBalancers.first?.targetGroup == "web")
    #expect(spec.schedules.map(\.name) == ["nightly-report"])
  }
}

import Testing
@testable import ECSSim

// MARK: - Helpers


private func createService(_ line: String) throws -> CreateServiceInput {
  try command(line) { if case .createService(let s) = $0 { s } else { nil } }
}

private func updateService(_ line: String) throws -> UpdateServiceInput {
  try command(line) { if case .updateService(let u) = $0 { u } else { nil } }
}

private func targetGroup(_ line: String) throws -> TargetGroupSpec {
  try command(line) { if case .createTargetGroup(let t) = $0 { t } else { nil } }
}

private func listener(_ line: String) throws -> CreateListenerRequest {
  try command(line) { if case .createListener(let r) = $0 { r } else { nil } }
}

private func modify(_ line: String) throws -> ModifyTargetGroupRequest {
  try command(line) { if case .modifyTargetGroup(let r) = $0 { r } else { nil } }
}

private func modifyAttributes(_ line: String) throws -> ModifyTargetGroupAttributesRequest {
  try command(line) { if case .modifyTargetGroupAttributes(let r) = $0 { r } else { nil } }
}

private func schedule(_ line: String) throws -> ScheduleSpec {
  try command(line) { if case .createSchedule(let s) = $0 { s } else { nil } }
}

private func deployment(max: Int?, min: Int?, enable: Bool? = nil, rollback: Bool? = nil) -> DeploymentConfigurationInput {
  var d = DeploymentConfigurationInput()
  d.maximumPercent = max; d.minimumHealthyPercent = min
  d.circuitBreakerEnable = enable; d.circuitBreakerRollback = rollback
  return d
}

/// Services, load balancers and schedules in the command language: `aws ecs create-service`,
/// `aws elbv2 …`, `aws scheduler …`, and the `scale`, `deploy` and `redeploy` aliases.
@Suite struct CommandParserServiceTests {
  // MARK: - create-service

  @Test func createServiceEveryFlagInShorthand() throws {
    let s = try createService(
      "aws ecs create-service --cluster prod --service-name web --task-definition web:3 --desired-count 4 "
        + "--capacity-provider-strategy capacityProvider=FARGATE,weight=1,base=1 capacityProvider=FARGATE_SPOT,weight=3 "
        + "--scheduling-strategy REPLICA "
        + "--deployment-configuration maximumPercent=200,minimumHealthyPercent=50,deploymentCircuitBreaker={enable=true,rollback=false} "
        + "--load-balancers targetGroupArn=web-tg,containerName=web,containerPort=8080 targetGroupArn=api-tg,containerName=api,containerPort=9090 "
        + "--health-check-grace-period-seconds 60 "
        + #"--placement-constraints type=memberOf,expression="attribute:ecs.instance-type =~ m5.*" "#
        + "--placement-strategy type=spread,field=attribute:ecs.availability-zone type=binpack,field=memory "
        + "--network-configuration awsvpcConfiguration={subnets=[subnet-1,subnet-2],securityGroups=[sg-1],assignPublicIp=ENABLED}")
    #expect(s.cluster == "prod" && s.serviceName == "web" && s.taskDefinition == "web:3")
    #expect(s.desiredCount == 4 && s.launchType == nil && s.schedulingStrategy == "REPLICA")
    #expect(s.capacityProviderStrategy.map(\.capacityProvider) == ["FARGATE", "FARGATE_SPOT"])
    #expect(s.capacityProviderStrategy.map(\.weight) == [1, 3])
    #expect(s.capacityProviderStrategy.map(\.base) == [1, 0])
    #expect(s.deploymentConfiguration == deployment(max: 200, min: 50, enable: true, rollback: false))
    #expect(s.loadBalancers == [
      ServiceLoadBalancerInput(targetGroup: "web-tg", containerName: "web", containerPort: 8080),
      ServiceLoadBalancerInput(targetGroup: "api-tg", containerName: "api", containerPort: 9090),
    ])
    #expect(s.healthCheckGracePeriodSeconds == 60)
    #expect(s.placementConstraints.map(\.type) == ["memberOf"])
    #expect(s.placementConstraints.map(\.expression) == ["attribute:ecs.instance-type =~ m5.*"])
    #expect(s.placementStrategy.map(\.type) == ["spread", "binpack"])
    #expect(s.placementStrategy.map(\.field) == ["attribute:ecs.availability-zone", "memory"])
    #expect(s.subnets == ["subnet-1", "subnet-2"] && s.securityGroups == ["sg-1"] && s.assignPublicIp)
    #expect(s.location == nil)
  }

  @Test func createServiceStructuresInJSON() throws {
    let s = try createService(
      "create-service --service-name web --task-definition web --launch-type FARGATE "
        + #"--deployment-configuration '{"maximumPercent": 150, "minimumHealthyPercent": 100, "#
        + #""deploymentCircuitBreaker": {"enable": true, "rollback": true}}' "#
        + #"--load-balancers '[{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", "#
        + #""containerName": "web", "containerPort": 80}]' "#
        + #"--network-configuration '{"awsvpcConfiguration": {"subnets": ["subnet-1"], "assignPublicIp": "DISABLED"}}'"#)
    #expect(s.launchType == "FARGATE")
    #expect(s.deploymentConfiguration == deployment(max: 150, min: 100, enable: true, rollback: true))
    #expect(s.loadBalancers == [ServiceLoadBalancerInput(
      targetGroup: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
      containerName: "web", containerPort: 80)])
    #expect(s.subnets == ["subnet-1"] && s.securityGroups.isEmpty && !s.assignPublicIp)
  }

  @Test func createServiceDefaultsAreLeftToTheEngine() throws {
    let s = try createService("create-service --service-name web --task-definition web")
    #expect(s.cluster == nil && s.desiredCount == nil && s.launchType == nil && s.schedulingStrategy == nil)
    #expect(s.capacityProviderStrategy.isEmpty && s.loadBalancers.isEmpty)
    #expect(s.deploymentConfiguration == DeploymentConfigurationInput())
    #expect(s.healthCheckGracePeriodSeconds == nil)
    #expect(s.placementConstraints.isEmpty && s.placementStrategy.isEmpty)
    #expect(s.subnets.isEmpty && s.securityGroups.isEmpty && !s.assignPublicIp)
    // A daemon service needs no count.
    #expect(try createService("create-service --service-name agent --task-definition agent --scheduling-strategy DAEMON")
      .schedulingStrategy == "DAEMON")
  }

  @Test func createServiceErrors() {
    #expect(failure("create-service --task-definition web") ==
            CommandError("create-service: missing required option --service-name", column: 1))
    #expect(failure("create-service --service-name web") ==
            CommandError("create-service: missing required option --task-definition", column: 1))
    #expect(failure("create-service --service-name web --task-definition web --desired-count two") ==
            CommandError("create-service: --desired-count expects an integer, got 'two'", column: 73))
    #expect(failure("create-service --service-name web --task-definition web --load-balancers containerName=web,containerPort=80") ==
            CommandError("create-service: --load-balancers: missing required key 'targetGroupArn' (or 'targetGroupName')", column: 74))
    #expect(failure("create-service --service-name web --task-definition web --load-balancers targetGroupArn=tg,containerName=web,containerPort=http") ==
            CommandError("create-service: --load-balancers.containerPort: expected an integer, found 'http'", column: 124))
    #expect(failure("create-service --service-name web --task-definition web --load-balancers targetGroupArn=tg,containerName=web") ==
            CommandError("create-service: --load-balancers: missing required key 'containerPort'", column: 74))
    #expect(failure("create-service --service-name web --task-definition web --deployment-configuration maximumPercent=200,minPercent=50") ==
            CommandError("create-service: --deployment-configuration: unknown key 'minPercent'; expected one of: maximumPercent, minimumHealthyPercent, deploymentCircuitBreaker", column: 103))
    #expect(failure("create-service --service-name web --task-definition web --deployment-configuration deploymentCircuitBreaker={enable=true}") ==
            CommandError("create-service: --deployment-configuration.deploymentCircuitBreaker: missing required key 'rollback'", column: 109))
    #expect(failure("create-service --service-name web --task-definition web --deployment-configuration minimumHealthyPercent=150") ==
            CommandError("create-service: --deployment-configuration.minimumHealthyPercent: must be between 0 and 100, found 150", column: 106))
    #expect(failure("create-service --service-name web --task-definition web --deployment-configuration '{\"maximumPercent\": 200'") ==
            CommandError("create-service: --deployment-configuration: expected ',' or '}' after object member, found end of input", column: 107))
  }

  // MARK: - update-service and its aliases

  @Test func updateServiceEveryFlag() throws {
    let u = try updateService(
      "aws ecs update-service --cluster prod --service web --desired-count 6 --task-definition web:4 "
        + "--deployment-configuration maximumPercent=100,minimumHealthyPercent=50 --force-new-deployment "
        + "--health-check-grace-period-seconds 30 --placement-constraints type=distinctInstance "
        + "--placement-strategy type=binpack,field=cpu")
    #expect(u.cluster == "prod" && u.service == "web" && u.desiredCount == 6 && u.taskDefinition == "web:4")
    #expect(u.deploymentConfiguration == deployment(max: 100, min: 50))
    #expect(u.forceNewDeployment && u.healthCheckGracePeriodSeconds == 30)
    #expect(u.placementConstraints?.map(\.type) == ["distinctInstance"])
    #expect(u.placementConstraints?.map(\.expression) == [nil])
    #expect(u.placementStrategy?.map(\.type) == ["binpack"])
    #expect(u.placementStrategy?.map(\.field) == ["cpu"])
  }

  @Test func updateServiceLeavesWhatIsNotGiven() throws {
    let u = try updateService("update-service web")
    #expect(u.service == "web" && u.cluster == nil && u.desiredCount == nil && u.taskDefinition == nil)
    #expect(u.deploymentConfiguration == nil && !u.forceNewDeployment && u.healthCheckGracePeriodSeconds == nil)
    #expect(u.placementConstraints == nil && u.placementStrategy == nil)
    #expect(u == UpdateServiceInput(service: "web"))
    // An empty JSON list clears placement; --no-force-new-deployment is the default spelled out.
    let cleared = try updateService("update-service --service web --placement-strategy '[]' --no-force-new-deployment")
    #expect(cleared.placementStrategy?.isEmpty == true && cleared.placementConstraints == nil)
    #expect(!cleared.forceNewDeployment)
  }

  @Test func scaleAlias() throws {
    var scaled = UpdateServiceInput(service: "web")
    scaled.desiredCount = 4
    #expect(try parse("scale web 4") == .updateService(scaled))
    let c = try updateService("scale --cluster prod web 0")
    #expect(c.cluster == "prod" && c.service == "web" && c.desiredCount == 0)
    #expect(failure("scale web") == CommandError("scale: missing required option --desired-count", column: 1))
    #expect(failure("scale web four") == CommandError("scale: --desired-count expects an integer, got 'four'", column: 11))
    #expect(failure("scale web 4 5") == CommandError("scale: unexpected argument '5'", column: 13))
  }

  @Test func deployAlias() throws {
    var deployed = UpdateServiceInput(service: "web")
    deployed.taskDefinition = "web:7"
    #expect(try parse("deploy web web:7") == .updateService(deployed))
    #expect(failure("deploy web") == CommandError("deploy: missing required option --task-definition", column: 1))
  }

  @Test func redeployAlias() throws {
    var redeployed = UpdateServiceInput(service: "web")
    redeployed.forceNewDeployment = true
    #expect(try parse("redeploy web") == .updateService(redeployed))
    #expect(failure("redeploy") == CommandError("redeploy: missing required option --service", column: 1))
    #expect(failure("redeploy web --no-force-new-deployment") ==
            CommandError("redeploy: unknown option '--no-force-new-deployment'; expected one of --cluster, --service, --desired-count, --task-definition, --deployment-configuration, --health-check-grace-period-seconds, --placement-constraints, --placement-strategy, --capacity-provider-strategy, --network-configuration, --load-balancers", column: 14))
  }

  @Test func updateServiceErrors() {
    #expect(failure("update-service --desired-count 2") ==
            CommandError("update-service: missing required option --service", column: 1))
    #expect(failure("update-service web --force-new-deployment=yes") ==
            CommandError("update-service: --force-new-deployment takes no value", column: 20))
    #expect(failure("update-service web --scheduling-strategy DAEMON") ==
            CommandError("update-service: unknown option '--scheduling-strategy'; expected one of --cluster, --service, --desired-count, --task-definition, --deployment-configuration, --force-new-deployment, --health-check-grace-period-seconds, --placement-constraints, --placement-strategy, --capacity-provider-strategy, --network-configuration, --load-balancers", column: 20))
    let u = try? updateService("update-service web --load-balancers targetGroupArn=tg,containerName=web,containerPort=80")
    #expect(u?.loadBalancers == [ServiceLoadBalancerInput(targetGroup: "tg", containerName: "web", containerPort: 80)])
  }

  // MARK: - delete-service, describe-services, list-services

  @Test func deleteDescribeAndListServices() throws {
    #expect(try parse("delete-service --cluster prod --service web --force") ==
            .deleteService(DeleteServiceRequest(cluster: "prod", service: "web", force: true)))
    #expect(try parse("delete-service web") == .deleteService(DeleteServiceRequest(service: "web", force: false)))
    #expect(try parse("aws ecs describe-services --cluster prod --services web api") ==
            .describeServices(DescribeServicesRequest(cluster: "prod", services: ["web", "api"])))
    #expect(try parse("describe-services web") == .describeServices(DescribeServicesRequest(services: ["web"])))
    #expect(try parse("list-services --cluster prod") == .listServices(cluster: "prod"))
    #expect(try parse("list-services") == .listServices(cluster: nil))
    #expect(failure("describe-services") == CommandError("describe-services: missing required option --services", column: 1))
    #expect(CommandVerb.named("describe-services")?.verb.isMutating == false)
  }

  // MARK: - elbv2

  @Test func createTargetGroupEveryFlag() throws {
    let tg = try targetGroup(
      "aws elbv2 create-target-group --name web-tg --protocol HTTP --port 8080 --target-type ip --vpc-id vpc-1 "
        + "--health-check-protocol HTTPS --health-check-path /healthz --health-check-port 9000 "
        + "--health-check-interval-seconds 10 --health-check-timeout-seconds 3 --healthy-threshold-count 2 "
        + "--unhealthy-threshold-count 4 --matcher HttpCode=200-299")
    #expect(tg.name == "web-tg" && tg.protocol == "HTTP" && tg.port == 8080 && tg.targetType == "ip")
    var hc = HealthCheckSettings()
    hc.protocol = "HTTPS"; hc.path = "/healthz"; hc.port = "9000"; hc.intervalSeconds = 10; hc.timeoutSeconds = 3
    hc.healthyThresholdCount = 2; hc.unhealthyThresholdCount = 4; hc.matcher = "200-299"
    #expect(tg.healthCheck == hc)
    #expect(tg.deregistrationDelaySeconds == 300)
  }

  @Test func createTargetGroupDefaultsAndMatcherForms() throws {
    let tg = try targetGroup("create-target-group web")
    #expect(tg.name == "web" && tg.protocol == "HTTP" && tg.port == 80 && tg.targetType == "instance")
    #expect(tg.healthCheck == HealthCheckSettings())
    #expect(tg == TargetGroupSpec(name: "web"))
    #expect(try targetGroup(#"create-target-group web --matcher '{"HttpCode": "200,302"}'"#).healthCheck.matcher == "200,302")
    #expect(try targetGroup("create-target-group web --matcher HttpCode=200,302").healthCheck.matcher == "200,302")
    #expect(try targetGroup(#"create-target-group web --matcher 'HttpCode="200,302"'"#).healthCheck.matcher == "200,302")
    #expect(failure("create-target-group web --matcher GrpcCode=0") ==
            CommandError("create-target-group: --matcher: unknown key 'GrpcCode'; expected one of: HttpCode", column: 35))
    #expect(failure("create-target-group --port 80") ==
            CommandError("create-target-group: missing required option --name", column: 1))
  }

  @Test func createLoadBalancer() throws {
    let lb = try command(
      "aws elbv2 create-load-balancer --name web-alb --subnets subnet-1 subnet-2 --security-groups sg-1 "
        + "--scheme internal --type application"
    ) { if case .createLoadBalancer(let lb) = $0 { lb } else { nil } }
    #expect(lb.name == "web-alb" && lb.subnets == ["subnet-1", "subnet-2"] && lb.securityGroups == ["sg-1"])
    #expect(lb.scheme == "internal" && lb.listeners.isEmpty && lb.location == nil)
    let plain = try command("create-load-balancer alb") { if case .createLoadBalancer(let lb) = $0 { lb } else { nil } }
    #expect(plain.scheme == "internet-facing" && plain.subnets.isEmpty)
    #expect(failure("create-load-balancer --name nlb --type network") ==
            CommandError("create-load-balancer: ecsim simulates Application Load Balancers only; --type network is not supported", column: 40))
  }

  @Test func createListenerForwardAndRedirect() throws {
    var forward = ListenerSpec(port: 80)
    forward.protocol = "HTTP"
    forward.defaultTargetGroup = "web-tg"
    #expect(try parse(
      "aws elbv2 create-listener --load-balancer-arn web-alb --protocol HTTP --port 80 "
        + "--default-actions Type=forward,TargetGroupArn=web-tg")
      == .createListener(CreateListenerRequest(loadBalancer: "web-alb", listener: forward)))
    let redirect = try listener(
      "create-listener --load-balancer-arn web-alb --port 80 "
        + "--default-actions Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}")
    #expect(redirect.listener.redirectToPort == 443 && redirect.listener.defaultTargetGroup == nil)
    let json = try listener(
      #"create-listener --load-balancer-arn web-alb --port 443 --protocol HTTPS --certificates CertificateArn=arn:cert "#
        + #"--default-actions '[{"Type": "forward", "TargetGroupArn": "web-tg"}]'"#)
    #expect(json.listener.protocol == "HTTPS" && json.listener.port == 443 && json.listener.defaultTargetGroup == "web-tg")
    // Without a Port (or with #{port}) the redirect keeps the listener's port.
    let samePort = try listener(
      "create-listener --load-balancer-arn alb --port 8080 --default-actions 'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=\"#{port}\",StatusCode=HTTP_302}'")
    #expect(samePort.listener.redirectToPort == 8080)
    let noPort = try listener(
      "create-listener --load-balancer-arn alb --port 8080 --default-actions Type=redirect,RedirectConfig={Protocol=HTTPS,StatusCode=HTTP_301}")
    #expect(noPort.listener.redirectToPort == 8080)
  }

  @Test func createListenerErrors() {
    let head = "create-listener --load-balancer-arn alb --port 80 --default-actions "
    #expect(failure("create-listener --load-balancer-arn alb --default-actions Type=forward,TargetGroupArn=tg") ==
            CommandError("create-listener: missing required option --port", column: 1))
    #expect(failure(head + "Type=fixed-response") ==
            CommandError("create-listener: --default-actions.Type: ecsim simulates forward and redirect actions, not 'fixed-response'", column: 74))
    #expect(failure(head + "Type=forward") ==
            CommandError("create-listener: --default-actions: missing required key 'TargetGroupArn'", column: 69))
    #expect(failure(head + "Type=redirect,RedirectConfig={Protocol=HTTP,Port=443,StatusCode=HTTP_301}") ==
            CommandError("create-listener: --default-actions.RedirectConfig.Protocol: ecsim simulates redirects to HTTPS only, found 'HTTP'", column: 108))
    #expect(failure(head + "Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443}") ==
            CommandError("create-listener: --default-actions.RedirectConfig: missing required key 'StatusCode'", column: 98))
    #expect(failure(head + "Type=redirect,RedirectConfig={Protocol=HTTPS,StatusCode=HTTP_308}") ==
            CommandError("create-listener: --default-actions.RedirectConfig.StatusCode: 'HTTP_308' is not one of HTTP_301, HTTP_302; did you mean 'HTTP_301'?", column: 125))
    #expect(failure(head + "Type=forward,TargetGroupArn=a Type=forward,TargetGroupArn=b") ==
            CommandError("create-listener: --default-actions: ecsim simulates one default action per listener, found 2", column: 51))
    #expect(failure(head + "Type=forward,TargetGroupArn=a,RedirectConfig={Protocol=HTTPS}") ==
            CommandError("create-listener: --default-actions: a forward action takes TargetGroupArn, not RedirectConfig", column: 114))
  }

  @Test func modifyTargetGroupHealthCheck() throws {
    let m = try modify(
      "aws elbv2 modify-target-group --target-group-arn web-tg --health-check-path /ready --health-check-port traffic-port "
        + "--health-check-interval-seconds 15 --health-check-timeout-seconds 10 --healthy-threshold-count 3 "
        + "--unhealthy-threshold-count 5 --matcher HttpCode=200")
    var change = HealthCheckSettingsChange()
    change.path = "/ready"; change.port = "traffic-port"; change.intervalSeconds = 15; change.timeoutSeconds = 10
    change.healthyThresholdCount = 3; change.unhealthyThresholdCount = 5; change.matcher = "200"
    #expect(m == ModifyTargetGroupRequest(targetGroup: "web-tg", healthCheck: change))
    var pathOnly = HealthCheckSettingsChange()
    pathOnly.path = "/"
    #expect(try parse("modify-target-group --target-group-arn tg --health-check-path /") ==
            .modifyTargetGroup(ModifyTargetGroupRequest(targetGroup: "tg", healthCheck: pathOnly)))
    #expect(failure("modify-target-group --target-group-arn tg --health-check-protocol HTTPS") ==
            CommandError("modify-target-group: unknown option '--health-check-protocol'; did you mean '--health-check-path'?", column: 43))
  }

  @Test func modifyTargetGroupAttributesSetsTheDeregistrationDelay() throws {
    // Its own command, so the health check is not touched.
    #expect(try parse(
      "aws elbv2 modify-target-group-attributes --target-group-arn web-tg --attributes Key=deregistration_delay.timeout_seconds,Value=30")
      == .modifyTargetGroupAttributes(ModifyTargetGroupAttributesRequest(targetGroup: "web-tg", deregistrationDelaySeconds: 30)))
    let json = try modifyAttributes(
      #"modify-target-group-attributes --target-group-arn tg --attributes '[{"Key": "deregistration_delay.timeout_seconds", "Value": "0"}]'"#)
    #expect(json.deregistrationDelaySeconds == 0)
    let head = "modify-target-group-attributes --target-group-arn tg --attributes "
    #expect(failure(head + "Key=stickiness.enabled,Value=true") ==
            CommandError("modify-target-group-attributes: ecsim simulates only the attribute deregistration_delay.timeout_seconds, not 'stickiness.enabled'", column: 71))
    #expect(failure(head + "Key=deregistration_delay.timeout_second,Value=30") ==
            CommandError("modify-target-group-attributes: ecsim simulates only the attribute deregistration_delay.timeout_seconds, not 'deregistration_delay.timeout_second'; did you mean 'deregistration_delay.timeout_seconds'?", column: 71))
    #expect(failure(head + "Key=deregistration_delay.timeout_seconds,Value=5m") ==
            CommandError("modify-target-group-attributes: deregistration_delay.timeout_seconds expects a number of seconds, got '5m'", column: 114))
    #expect(failure("modify-target-group-attributes --target-group-arn tg") ==
            CommandError("modify-target-group-attributes: missing required option --attributes", column: 1))
  }

  @Test func describeTargetHealth() throws {
    #expect(try parse("aws elbv2 describe-target-health --target-group-arn web-tg") == .describeTargetHealth(targetGroup: "web-tg"))
    #expect(try parse("describe-target-health web-tg") == .describeTargetHealth(targetGroup: "web-tg"))
    #expect(CommandVerb.named("describe-target-health")?.verb.service == .elbv2)
  }

  // MARK: - scheduler

  @Test func createScheduleWithShortFlags() throws {
    let s = try schedule(
      #"aws scheduler create-schedule --name nightly --schedule-expression "cron(0 2 * * ? *)" --task-definition report:2 --cluster batch --count 3"#)
    #expect(s.name == "nightly" && s.scheduleExpression == "cron(0 2 * * ? *)")
    #expect(s.request.taskDefinition == "report:2" && s.request.cluster == "batch" && s.request.count == 3)
    #expect(s.location == nil)
    let plain = try schedule("create-schedule --name ping --schedule-expression 'rate(5 minutes)' --task-definition ping")
    #expect(plain.request.cluster == nil && plain.request.count == 1)
  }

  @Test func createScheduleWithARunTaskShapedTarget() throws {
    let shorthand = try schedule(
      "create-schedule --name nightly --schedule-expression 'rate(1 day)' "
        + "--target 'taskDefinition=report,cluster=batch,count=2,launchType=FARGATE,group=reports,"
        + "networkConfiguration={awsvpcConfiguration={subnets=[subnet-1],assignPublicIp=ENABLED}}'")
    let r = shorthand.request
    #expect(r.taskDefinition == "report" && r.cluster == "batch" && r.count == 2 && r.launchType == "FARGATE")
    #expect(r.group == "reports" && r.subnets == ["subnet-1"] && r.assignPublicIp)
    let json = try schedule(
      #"create-schedule --name n --schedule-expression 'rate(1 hour)' --target '{"taskDefinition": "report", "#
        + #""placementStrategy": [{"type": "spread", "field": "instanceId"}], "#
        + #""capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}]}'"#)
    #expect(json.request.placementStrategy.map(\.type) == ["spread"])
    #expect(json.request.placementStrategy.map(\.field) == ["instanceId"])
    #expect(json.request.capacityProviderStrategy.map(\.capacityProvider) == ["FARGATE_SPOT"])
    #expect(json.request.capacityProviderStrategy.map(\.weight) == [1])
  }

  @Test func createScheduleWithTheSchedulersOwnTargetShape() throws {
    // As in the EventBridge Scheduler documentation; RoleArn and the flexible window are accepted.
    let s = try schedule(
      "aws scheduler create-schedule --name nightly --schedule-expression 'cron(0 2 * * ? *)' "
        + "--flexible-time-window Mode=OFF "
        + #"--target '{"Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/batch", "#
        + #""RoleArn": "arn:aws:iam::123456789012:role/scheduler", "#
        + #""EcsParameters": {"TaskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/report:3", "#
        + #""TaskCount": 2, "LaunchType": "FARGATE", "Group": "reports", "#
        + #""NetworkConfiguration": {"awsvpcConfiguration": {"Subnets": ["subnet-1"], "SecurityGroups": ["sg-1"], "AssignPublicIp": "DISABLED"}}}}'"#)
    let r = s.request
    #expect(r.cluster == "arn:aws:ecs:us-east-1:123456789012:cluster/batch")
    #expect(r.taskDefinition == "arn:aws:ecs:us-east-1:123456789012:task-definition/report:3")
    #expect(r.count == 2 && r.launchType == "FARGATE" && r.group == "reports")
    #expect(r.subnets == ["subnet-1"] && r.securityGroups == ["sg-1"] && !r.assignPublicIp)
  }

  @Test func createScheduleErrors() {
    let head = "create-schedule --name n --schedule-expression 'rate(1 day)' "
    #expect(failure(head) ==
            CommandError("create-schedule: missing required option --target (or --task-definition)", column: 1))
    #expect(failure(head + "--target taskDefinition=r --count 2") ==
            CommandError("create-schedule: give the target either as --target or with --task-definition, --cluster and --count, not both", column: 88))
    #expect(failure(head + "--target count=2") ==
            CommandError("create-schedule: --target: missing required key 'taskDefinition'", column: 71))
    #expect(failure(head + "--target taskDefinitionArn=r") ==
            CommandError("create-schedule: --target: unknown key 'taskDefinitionArn'; did you mean 'taskDefinition'?", column: 71))
    #expect(failure(head + #"--target '{"Arn": "arn:aws:lambda:us-east-1:123456789012:function:f", "EcsParameters": {}}'"#) ==
            CommandError("create-schedule: --target.Arn: expected an ECS cluster ARN such as arn:aws:ecs:us-east-1:123456789012:cluster/default, found 'arn:aws:lambda:us-east-1:123456789012:function:f'", column: 80))
    #expect(failure(head + #"--target '{"Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/b", "EcsParameters": {"TaskCount": 1}}'"#) ==
            CommandError("create-schedule: --target.EcsParameters: missing required key 'TaskDefinitionArn'", column: 145))
    #expect(failure(head + "--task-definition r --flexible-time-window Mode=SOMETIMES") ==
            CommandError("create-schedule: --flexible-time-window.Mode: 'SOMETIMES' is not one of OFF, FLEXIBLE", column: 110))
    #expect(failure("create-schedule --name n --task-definition r") ==
            CommandError("create-schedule: missing required option --schedule-expression", column: 1))
  }

  @Test func deleteSchedule() throws {
    #expect(try parse("aws scheduler delete-schedule --name nightly") == .deleteSchedule("nightly"))
    #expect(try parse("delete-schedule nightly") == .deleteSchedule("nightly"))
    #expect(failure("delete-schedule") == CommandError("delete-schedule: missing required option --name", column: 1))
  }

  // MARK: - The table

  @Test func newServicesAndAliasesInTheTable() throws {
    #expect(CommandService(rawValue: "elbv2") == .elbv2 && CommandService(rawValue: "scheduler") == .scheduler)
    for verb in CommandParser.verbs {
      for alias in verb.aliases {
        for slot in alias.positionals ?? [] { #expect(verb.flag(slot) != nil, "\(alias.name): positional \(slot)") }
      }
    }
    let scale = try #require(CommandVerb.named("scale"))
    #expect(scale.verb.name == "update-service" && scale.alias?.positionals == ["service", "desired-count"])
    #expect(CommandVerb.named("deploy")?.alias?.positionals == ["service", "task-definition"])
    #expect(CommandVerb.named("redeploy")?.alias?.presets.first?.flag == "force-new-deployment")
    let services = CommandParser.verbs.filter { $0.service == .elbv2 }.map(\.name)
    #expect(services == ["create-target-group", "create-load-balancer", "create-listener", "modify-target-group",
                         "modify-target-group-attributes", "describe-target-health"])
    #expect(CommandParser.verbs.filter { $0.service == .scheduler }.map(\.name) == ["create-schedule", "delete-schedule"])
    #expect(failure("aws elbv2 create-target-grup --name x") ==
            CommandError("unknown command 'create-target-grup'; did you mean 'create-target-group'?", column: 11))
  }
}

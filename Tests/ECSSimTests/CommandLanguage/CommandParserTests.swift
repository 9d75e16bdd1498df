import Testing
@testable import ECSSim

// MARK: - Helpers



private func runTask(_ line: String) throws -> RunTaskRequest {
  try command(line) { if case .runTask(let r) = $0 { r } else { nil } }
}

private func launch(_ line: String) throws -> LaunchInstancesRequest {
  try command(line) { if case .launchInstances(let r) = $0 { r } else { nil } }
}

// MARK: - Lines that are not commands

@Suite struct CommandParserTests {
  @Test func blankAndCommentLinesGiveNil() throws {
    for line in ["", "   ", "\t", "# run the web tier", "   # indented comment"] {
      #expect(try CommandParser.parse(line) == nil, "\(line)")
    }
  }

  @Test func commentAfterACommandIsIgnored() throws {
    let r = try runTask("run-task --task-definition web # three replicas later")
    #expect(r.taskDefinition == "web")
    #expect(r.count == 1)
  }

  @Test func hashInsideAWordOrQuotesIsNotAComment() throws {
    let r = try runTask("run-task --task-definition web --started-by a#b --group '# not a comment'")
    #expect(r.startedBy == "a#b")
    #expect(r.group == "# not a comment")
  }

  // MARK: Tokenizer

  @Test func tokenizerQuotesEscapesAndColumns() throws {
    let tokens = try CommandTokenizer.tokenize(#"a "b c" 'd "e"' f\ g "h\"i" j\k"#)
    #expect(tokens.map(\.text) == ["a", "b c", #"d "e""#, "f g", #"h"i"#, #"j\k"#])
    #expect(tokens.map(\.column) == [1, 3, 9, 17, 22, 29])
    #expect(tokens.map(\.isWhollyQuoted) == [false, true, true, false, true, false])
    #expect(tokens[1].raw == #""b c""#)
  }

  @Test func tokenizerJoinsAdjacentQuotedParts() throws {
    let tokens = try CommandTokenizer.tokenize(#"ab"c d"'e'"#)
    #expect(tokens.map(\.text) == ["abc de"])
    #expect(tokens[0].isWhollyQuoted == false)
  }

  @Test func backslashNStaysLiteralSoEcsConfigCanSplitOnIt() throws {
    let tokens = try CommandTokenizer.tokenize(#"A=1\nB=2 "C=3\nD=4""#)
    #expect(tokens.map(\.text) == [#"A=1\nB=2"#, #"C=3\nD=4"#])
  }

  @Test func unterminatedQuoteIsAnErrorAtTheQuote() {
    #expect(failure(#"run-task --task-definition "web"#) ==
            CommandError(#"unterminated quoted string (missing ")"#, column: 28))
    #expect(failure("stop-task --reason 'oops") ==
            CommandError("unterminated quoted string (missing ')", column: 20))
  }

  // MARK: Prefixes

  @Test func awsAndServicePrefixesAreOptional() throws {
    let r = try runTask("aws ecs run-task --cluster default --task-definition web:3 --count 2")
    #expect(r.cluster == "default")
    #expect(r.taskDefinition == "web:3")
    #expect(r.count == 2)
    for line in ["run-task --task-definition web", "ecs run-task --task-definition web",
                 "aws run-task --task-definition web"] {
      #expect(try runTask(line).taskDefinition == "web")
    }
    let repo = try command("aws ecr create-repository --repository-name web") {
      if case .createRepository(let name, let m) = $0 { (name, m) } else { nil }
    }
    #expect(repo.0 == "web" && repo.1 == nil)
    #expect(try command("aws sim advance 30s") { if case .advance(let t) = $0 { t } else { nil } } == SimTime.seconds(30))
  }

  @Test func prefixWithoutAVerbIsAnError() {
    #expect(failure("aws ecs") == CommandError("expected a command after 'ecs'", column: 5))
    #expect(failure("aws") == CommandError("expected a command after 'aws'", column: 1))
  }

  @Test func awsGlobalOptionsAreIgnored() throws {
    let r = try runTask("aws ecs run-task --region us-east-1 --task-definition web --output json --no-cli-pager --profile=dev")
    #expect(r.taskDefinition == "web")
  }

  // MARK: - ECS verbs

  @Test func runTaskEveryFlag() throws {
    let r = try runTask(
      "run-task --cluster prod --task-definition web:3 --count 4 --launch-type EC2 "
        + "--capacity-provider-strategy capacityProvider=FARGATE_SPOT,weight=1,base=0 capacityProvider=FARGATE,weight=3 "
        + "--placement-strategy type=spread,field=attribute:ecs.availability-zone type=binpack,field=memory "
        + #"--placement-constraints type=memberOf,expression="attribute:ecs.instance-type =~ t3.*" type=distinctInstance "#
        + "--group service:web --started-by ci "
        + #"--network-configuration "awsvpcConfiguration={subnets=[subnet-1,subnet-2],securityGroups=[sg-1],assignPublicIp=ENABLED}""#)
    #expect(r.cluster == "prod")
    #expect(r.taskDefinition == "web:3")
    #expect(r.count == 4)
    #expect(r.launchType == "EC2")
    #expect(r.capacityProviderStrategy.map { $0.capacityProvider } == ["FARGATE_SPOT", "FARGATE"])
    #expect(r.capacityProviderStrategy.map { $0.weight } == [1, 3])
    #expect(r.capacityProviderStrategy.map { $0.base } == [0, 0])
    #expect(r.placementStrategy.map { $0.type } == ["spread", "binpack"])
    #expect(r.placementStrategy.map { $0.field } == ["attribute:ecs.availability-zone", "memory"])
    #expect(r.placementConstraints.map { $0.type } == ["memberOf", "distinctInstance"])
    #expect(r.placementConstraints.map { $0.expression } == ["attribute:ecs.instance-type =~ t3.*", nil])
    #expect(r.group == "service:web")
    #expect(r.startedBy == "ci")
    #expect(r.subnets == ["subnet-1", "subnet-2"])
    #expect(r.securityGroups == ["sg-1"])
    #expect(r.assignPublicIp == true)
  }

  @Test func runTaskDefaults() throws {
    let r = try runTask("run-task --task-definition web")
    #expect(r.cluster == nil)
    #expect(r.count == 1)
    #expect(r.launchType == nil)
    #expect(r.capacityProviderStrategy.isEmpty && r.placementStrategy.isEmpty && r.placementConstraints.isEmpty)
    #expect(r.group == nil && r.startedBy == nil)
    #expect(r.subnets.isEmpty && r.securityGroups.isEmpty && r.assignPublicIp == false)
  }

  @Test func flagEqualsValueForm() throws {
    let r = try runTask("run-task --task-definition=web:7 --count=3 --cluster=\"my cluster\"")
    #expect(r.taskDefinition == "web:7")
    #expect(r.count == 3)
    #expect(r.cluster == "my cluster")
  }

  @Test func runAliasWithPositionalTaskDefinitionAndCount() throws {
    let r = try runTask("run web:3 2")
    #expect(r.taskDefinition == "web:3")
    #expect(r.count == 2)
    let s = try runTask("run --cluster prod web")
    #expect(s.taskDefinition == "web" && s.count == 1 && s.cluster == "prod")
    // A slot given as a flag is skipped: the bare word fills the next one.
    let t = try runTask("run --task-definition web 5")
    #expect(t.taskDefinition == "web" && t.count == 5)
  }

  @Test func stopTaskAndAlias() throws {
    let full = try command("aws ecs stop-task --cluster prod --task 0123abcd --reason \"scaling in\"") {
      if case .stopTask(let c, let t, let r) = $0 { (c, t, r) } else { nil }
    }
    #expect(full.0 == "prod" && full.1 == "0123abcd" && full.2 == "scaling in")
    let short = try command("stop 0123abcd") { if case .stopTask(let c, let t, let r) = $0 { (c, t, r) } else { nil } }
    #expect(short.0 == nil && short.1 == "0123abcd" && short.2 == nil)
  }

  @Test func registerTaskDefinitionFlagsBecomeTheAPIShape() throws {
    let args = try #require(try CommandParser.arguments(
      "register-task-definition --family web --container-definitions '[]' --network-mode awsvpc "
        + "--requires-compatibilities EC2 FARGATE --cpu \"1 vCPU\" --memory 2GB --task-role-arn arn:task "
        + "--execution-role-arn arn:exec --placement-constraints type=memberOf,expression=\"attribute:ecs.os-type == linux\""))
    let node = try CommandParser.registerTaskDefinitionNode(args)
    guard case .mapping(let pairs) = node.kind else { Issue.record("not a mapping"); return }
    #expect(pairs.map { $0.key.scalar } == [
      "family", "networkMode", "cpu", "memory", "taskRoleArn", "executionRoleArn", "containerDefinitions",
      "requiresCompatibilities", "placementConstraints",
    ])
    #expect(node["family"]?.scalar == "web")
    #expect(node["networkMode"]?.scalar == "awsvpc")
    #expect(node["cpu"]?.scalar == "1 vCPU")
    #expect(node["memory"]?.scalar == "2GB")
    #expect(node["taskRoleArn"]?.scalar == "arn:task")
    #expect(node["executionRoleArn"]?.scalar == "arn:exec")
    guard case .sequence(let compat)? = node["requiresCompatibilities"]?.kind else { Issue.record("no list"); return }
    #expect(compat.map(\.scalar) == ["EC2", "FARGATE"])
    guard case .sequence(let constraints)? = node["placementConstraints"]?.kind else { Issue.record("no list"); return }
    #expect(constraints.count == 1)
    #expect(constraints[0]["type"]?.scalar == "memberOf")
    #expect(constraints[0]["expression"]?.scalar == "attribute:ecs.os-type == linux")
    // The flag's column is where the key points, so decoder errors land on the flag.
    #expect(pairs[0].key.location == SourceLocation(line: 1, column: 26))
    #expect(node["family"]?.location == SourceLocation(line: 1, column: 35))
  }

  @Test func registerTaskDefinitionNeedsFamilyAndContainersWithoutInputJSON() {
    #expect(failure("register-task-definition --container-definitions '[]'") ==
            CommandError("register-task-definition: missing required option --family", column: 1))
    #expect(failure("register-task-definition --family web") ==
            CommandError("register-task-definition: missing required option --container-definitions", column: 1))
  }

  @Test func deregisterTaskDefinition() throws {
    #expect(try command("deregister-task-definition --task-definition web:2") {
      if case .deregisterTaskDefinition(let t) = $0 { t } else { nil }
    } == "web:2")
    #expect(try command("deregister-task-definition web:3") {
      if case .deregisterTaskDefinition(let t) = $0 { t } else { nil }
    } == "web:3")
  }

  private func instancesState(_ line: String) throws -> (String?, [String], String) {
    try command(line) {
      if case .updateContainerInstancesState(let c, let ids, let s) = $0 { (c, ids, s) } else { nil }
    }
  }

  @Test func updateContainerInstancesStateAndDrainActivateAliases() throws {
    let full = try instancesState(
      "aws ecs update-container-instances-state --cluster prod --container-instances id1 id2 --status DRAINING")
    #expect(full.0 == "prod" && full.1 == ["id1", "id2"] && full.2 == "DRAINING")
    let drain = try instancesState("drain id1 id2 id3")
    #expect(drain.0 == nil && drain.1 == ["id1", "id2", "id3"] && drain.2 == "DRAINING")
    let activate = try instancesState("activate --cluster prod id1")
    #expect(activate.0 == "prod" && activate.1 == ["id1"] && activate.2 == "ACTIVE")
  }

  @Test func aliasPresetFlagsCannotBeGivenAgain() {
    #expect(failure("drain id1 --status ACTIVE") ==
            CommandError("drain: unknown option '--status'; expected one of --cluster, --container-instances", column: 11))
  }

  @Test func deregisterContainerInstance() throws {
    func parts(_ line: String) throws -> (String?, String, Bool) {
      try command(line) {
        if case .deregisterContainerInstance(let c, let i, let f) = $0 { (c, i, f) } else { nil }
      }
    }
    let forced = try parts("deregister-container-instance --cluster prod --container-instance abc --force")
    #expect(forced.0 == "prod" && forced.1 == "abc" && forced.2 == true)
    let plain = try parts("deregister-container-instance abc")
    #expect(plain.0 == nil && plain.1 == "abc" && plain.2 == false)
    #expect(try parts("deregister-container-instance abc --no-force").2 == false)
  }

  @Test func createAndDeleteCluster() throws {
    func created(_ line: String) throws -> String { try command(line) { if case .createCluster(let n) = $0 { n } else { nil } } }
    #expect(try created("create-cluster") == "default")
    #expect(try created("create-cluster --cluster-name prod") == "prod")
    #expect(try created("create-cluster staging") == "staging")
    #expect(try command("delete-cluster --cluster prod") { if case .deleteCluster(let n) = $0 { n } else { nil } } == "prod")
    #expect(try command("delete-cluster prod") { if case .deleteCluster(let n) = $0 { n } else { nil } } == "prod")
  }

  @Test func putAttributesShorthand() throws {
    let p = try command("put-attributes --cluster prod --attributes name=stack,value=prod,targetId=ci-1 name=team,targetId=ci-1") {
      if case .putAttributes(let c, let t, let a) = $0 { (c, t, a) } else { nil }
    }
    #expect(p.0 == "prod")
    #expect(p.1 == "ci-1")
    #expect(p.2.map { $0.name } == ["stack", "team"])
    #expect(p.2.map { $0.value } == ["prod", nil])
  }

  @Test func putAttributesTargetErrors() {
    #expect(failure("put-attributes --attributes name=stack,value=prod") ==
            CommandError("put-attributes: --attributes needs targetId=CONTAINER_INSTANCE", column: 16))
    #expect(failure("put-attributes --attributes name=a,targetId=x name=b,targetId=y") ==
            CommandError("put-attributes: every attribute must have the same targetId ('x', then 'y')", column: 63))
  }

  @Test func readOnlyECSVerbs() throws {
    #expect(try command("describe-clusters --clusters default prod") {
      if case .describeClusters(let c) = $0 { c } else { nil }
    } == ["default", "prod"])
    #expect(try command("describe-clusters") { if case .describeClusters(let c) = $0 { c } else { nil } }.isEmpty)
    #expect(try command("aws ecs list-clusters") { if case .listClusters = $0 { true } else { nil } })

    let dci = try command("describe-container-instances --cluster prod --container-instances a b") {
      if case .describeContainerInstances(let c, let ids) = $0 { (c, ids) } else { nil }
    }
    #expect(dci.0 == "prod" && dci.1 == ["a", "b"])

    let lci = try command(#"list-container-instances --cluster prod --filter "attribute:ecs.instance-type == t3.medium" --status DRAINING"#) {
      if case .listContainerInstances(let c, let f, let s) = $0 { (c, f, s) } else { nil }
    }
    #expect(lci.0 == "prod" && lci.1 == "attribute:ecs.instance-type == t3.medium" && lci.2 == "DRAINING")
    let lciDefault = try command("list-container-instances") {
      if case .listContainerInstances(let c, let f, let s) = $0 { (c, f, s) } else { nil }
    }
    #expect(lciDefault.0 == nil && lciDefault.1 == nil && lciDefault.2 == nil)

    for line in ["describe-tasks --cluster prod --tasks t1 t2", "describe-task --cluster prod t1 t2"] {
      let dt = try command(line) { if case .describeTasks(let c, let t) = $0 { (c, t) } else { nil } }
      #expect(dt.0 == "prod" && dt.1 == ["t1", "t2"], "\(line)")
    }

    let lt = try command("list-tasks --cluster prod --family web --container-instance ci-1 --started-by ci --desired-status STOPPED --launch-type EC2") {
      if case .listTasks(let c, let f, let ci, let s, let d, let l) = $0 { [c, f, ci, s, d, l] } else { nil }
    }
    #expect(lt == ["prod", "web", "ci-1", "ci", "STOPPED", "EC2"])
    let ltNone = try command("list-tasks") {
      if case .listTasks(let c, let f, let ci, let s, let d, let l) = $0 { [c, f, ci, s, d, l] } else { nil }
    }
    #expect(ltNone == [nil, nil, nil, nil, nil, nil])

    #expect(try command("describe-task-definition --task-definition web:3") {
      if case .describeTaskDefinition(let t) = $0 { t } else { nil }
    } == "web:3")
    #expect(try command("describe-task-definition web") {
      if case .describeTaskDefinition(let t) = $0 { t } else { nil }
    } == "web")
    let ltd = try command("list-task-definitions --family-prefix we --status INACTIVE") {
      if case .listTaskDefinitions(let p, let s) = $0 { (p, s) } else { nil }
    }
    #expect(ltd.0 == "we" && ltd.1 == "INACTIVE")
  }

  // MARK: - ECR and IAM

  @Test func ecrVerbs() throws {
    let cr = try command("aws ecr create-repository --repository-name web --image-tag-mutability IMMUTABLE") {
      if case .createRepository(let n, let m) = $0 { (n, m) } else { nil }
    }
    #expect(cr.0 == "web" && cr.1 == "IMMUTABLE")
    let dr = try command("delete-repository --repository-name web --force") {
      if case .deleteRepository(let n, let f) = $0 { (n, f) } else { nil }
    }
    #expect(dr.0 == "web" && dr.1 == true)
    #expect(try command("delete-repository web") { if case .deleteRepository(_, let f) = $0 { f } else { nil } } == false)
    let bd = try command("aws ecr batch-delete-image --repository-name web --image-ids imageTag=1.0 imageTag=1.1") {
      if case .batchDeleteImage(let r, let t) = $0 { (r, t) } else { nil }
    }
    #expect(bd.0 == "web" && bd.1 == ["1.0", "1.1"])
    #expect(try command("describe-images --repository-name web") {
      if case .describeImages(let r) = $0 { r } else { nil }
    } == "web")
  }

  @Test func createRole() throws {
    let full = try command("aws iam create-role --role-name webTask --trusted-service ecs.amazonaws.com --actions s3:GetObject logs:PutLogEvents --managed-policies AmazonECSTaskExecutionRolePolicy") {
      if case .createRole(let n, let t, let a, let m) = $0 { (n, t, a, m) } else { nil }
    }
    #expect(full.0 == "webTask" && full.1 == "ecs.amazonaws.com")
    #expect(full.2 == ["s3:GetObject", "logs:PutLogEvents"])
    #expect(full.3 == ["AmazonECSTaskExecutionRolePolicy"])
    let plain = try command("create-role webTask") {
      if case .createRole(let n, let t, let a, let m) = $0 { (n, t, a, m) } else { nil }
    }
    #expect(plain.0 == "webTask" && plain.1 == "ecs-tasks.amazonaws.com" && plain.2 == [] && plain.3 == [])
  }

  // MARK: - Simulator verbs

  private func pushed(_ line: String) throws -> (String, String, Int?, ImageBehaviorOverrides) {
    try command(line) { if case .pushImage(let r, let t, let s, let b) = $0 { (r, t, s, b) } else { nil } }
  }

  @Test func pushImageEveryFlag() throws {
    let p = try pushed("push-image web:1.6.0 --size 120MB --startup-time 20s --exit-after 45s --exit-code 1 --shutdown-time 5s --unhealthy")
    #expect(p.0 == "web" && p.1 == "1.6.0" && p.2 == 120)
    var expected = ImageBehaviorOverrides()
    expected.startupTime = .seconds(20)
    expected.exitAfter = .seconds(45)
    expected.exitCode = 1
    expected.shutdownTime = .seconds(5)
    expected.healthy = false
    #expect(p.3 == expected)
  }

  @Test func pushImageForms() throws {
    let bare = try pushed("push web")
    #expect(bare.0 == "web" && bare.1 == "latest" && bare.2 == nil && bare.3 == ImageBehaviorOverrides())
    let flags = try pushed("push-image --repository-name web --image-tag 2.0 --size 80")
    #expect(flags.0 == "web" && flags.1 == "2.0" && flags.2 == 80)
    let registry = try pushed("push registry.local:5000/team/web:3")
    #expect(registry.0 == "registry.local:5000/team/web" && registry.1 == "3")
    #expect(try pushed("push web --size 1.5GB").2 == 1536)
    #expect(try pushed("push web --no-unhealthy").3.healthy == true)
  }

  @Test func pushImageErrors() {
    #expect(failure("push-image") ==
            CommandError("push-image: missing required option --repository-name (or REPO:TAG)", column: 1))
    #expect(failure("push web:1 --repository-name api") ==
            CommandError("push: give the image as REPO:TAG or with --repository-name, not both", column: 6))
    #expect(failure("push web:1 --image-tag 2") ==
            CommandError("push: the tag is given both in 'web:1' and by --image-tag", column: 6))
    #expect(failure("push web:") == CommandError("push: expected REPO:TAG, got 'web:'", column: 6))
    #expect(failure("push web --size big") ==
            CommandError("push: --size expects a size such as 120MB or 1.5GB, got 'big'", column: 17))
    #expect(failure("push web --startup-time soon") ==
            CommandError("push: --startup-time expects a duration such as 30s, 5m or 1h, got 'soon'", column: 25))
    #expect(failure("push web --image web:2") ==
            CommandError("push: unknown option '--image'; expected one of --repository-name, --image-tag, --size, "
                         + "--startup-time, --exit-after, --exit-code, --shutdown-time, --unhealthy", column: 10))
  }

  @Test func launchInstancesEveryFlag() throws {
    let r = try launch(
      "launch-instances --instance-type m5.large --count 3 --availability-zones us-east-1a us-east-1b "
        + "--purchase-option Spot --ami bare-agent --iam-role myRole --security-groups sg-1 sg-2 "
        + #"--ecs-config "ECS_CLUSTER=prod\nECS_ENABLE_TASK_IAM_ROLE=true""#)
    #expect(r.instanceType == "m5.large")
    #expect(r.count == 3)
    #expect(r.availabilityZones == ["us-east-1a", "us-east-1b"])
    #expect(r.purchaseOption == .spot)
    #expect(r.ami == .bareAgent)
    #expect(r.iamRole == "myRole")
    #expect(r.securityGroups == ["sg-1", "sg-2"])
    #expect(r.ecsConfig == "ECS_CLUSTER=prod\nECS_ENABLE_TASK_IAM_ROLE=true")
  }

  @Test func launchAliasPositionalsAndDefaults() throws {
    let r = try launch("launch m5.large 3")
    #expect(r.instanceType == "m5.large" && r.count == 3)
    #expect(r.availabilityZones == [] && r.purchaseOption == .onDemand && r.ami == .ecsOptimized)
    #expect(r.iamRole == "ecsInstanceRole" && r.securityGroups == [] && r.ecsConfig == "")
    #expect(try launch("launch t3.micro --spot").purchaseOption == .spot)
    #expect(try launch("launch t3.micro --purchase-option reserved").purchaseOption == .reserved)
    #expect(try launch("launch t3.micro --iam-role none").iamRole == nil)
    #expect(try launch("launch t3.micro --iam-role ''").iamRole == nil)
  }

  @Test func launchInstancesErrors() {
    #expect(failure("launch t3.micro --ami ecs-optimised") ==
            CommandError("launch: --ami expects one of ecs-optimized, bare-agent, got 'ecs-optimised'; did you mean 'ecs-optimized'?", column: 23))
    #expect(failure("launch t3.micro --spot --purchase-option On-Demand") ==
            CommandError("launch: --spot contradicts --purchase-option On-Demand", column: 17))
    #expect(failure("launch-instances --count 2") ==
            CommandError("launch-instances: missing required option --instance-type", column: 1))
  }

  @Test func terminateAndAgentVerbs() throws {
    for line in ["aws ec2 terminate-instances --instance-ids i-1 i-2", "terminate i-1 i-2", "terminate-instances i-1 i-2"] {
      #expect(try command(line) { if case .terminateInstances(let ids) = $0 { ids } else { nil } } == ["i-1", "i-2"], "\(line)")
    }
    #expect(try command("disconnect-agent i-1") { if case .disconnectAgent(let i) = $0 { i } else { nil } } == "i-1")
    #expect(try command("disconnect-agent --instance-id i-2") { if case .disconnectAgent(let i) = $0 { i } else { nil } } == "i-2")
    #expect(try command("reconnect-agent i-1") { if case .reconnectAgent(let i) = $0 { i } else { nil } } == "i-1")
  }

  @Test func advanceAndAliases() throws {
    func advanced(_ line: String) throws -> SimTime { try command(line) { if case .advance(let t) = $0 { t } else { nil } } }
    #expect(try advanced("advance 30s") == .seconds(30))
    #expect(try advanced("advance --by 1h30m") == .minutes(90))
    #expect(try advanced("wait 5m") == .minutes(5))
    #expect(try advanced("adv 250ms") == .ms(250))
    #expect(try advanced("advance 90") == .seconds(90))
  }

  @Test func advanceTo() throws {
    func to(_ line: String) throws -> SimTime { try command(line) { if case .advanceTo(let t) = $0 { t } else { nil } } }
    #expect(try to("advance-to 00:05:00") == .minutes(5))
    #expect(try to("advance-to 01:02:03.5") == .ms(3_723_500))
    #expect(try to("advance-to 05:30") == .seconds(330))
    #expect(try to("advance-to --time 10m") == .minutes(10))
    #expect(failure("advance-to 5:xx") ==
            CommandError("advance-to: --time expects a time such as 00:05:00, 05:00 or 5m, got '5:xx'", column: 12))
  }

  // MARK: - Shorthand

  @Test func quotedShorthandValueKeepsCommasAndSpaces() throws {
    let inner = try runTask(#"run web --placement-constraints type=memberOf,expression="attribute:ecs.instance-type in [t3.small, t3.medium]""#)
    #expect(inner.placementConstraints.map { $0.type } == ["memberOf"])
    #expect(inner.placementConstraints.map { $0.expression } == ["attribute:ecs.instance-type in [t3.small, t3.medium]"])
    // The whole value single-quoted, as in a shell, with the expression double-quoted inside.
    let outer = try runTask(#"run web --placement-constraints 'type=memberOf,expression="attribute:ecs.instance-type in [t3.small, t3.medium]"'"#)
    #expect(outer.placementConstraints.map { $0.expression } == ["attribute:ecs.instance-type in [t3.small, t3.medium]"])
    // Fully double-quoted with a bare expression (no commas): spaces and `=~` are part of the value.
    let bare = try runTask(#"run web --placement-constraints "type=memberOf,expression=attribute:ecs.instance-type =~ t3.*""#)
    #expect(bare.placementConstraints.map { $0.expression } == ["attribute:ecs.instance-type =~ t3.*"])
  }

  @Test func shorthandParserShapes() throws {
    let node = try CLIShorthand.parse("a=1,b=[x, y],c={d=e,f=[]},g=h,i,j='k, l',m=")
    #expect(node["a"]?.scalar == "1")
    guard case .sequence(let b)? = node["b"]?.kind else { Issue.record("b"); return }
    #expect(b.map(\.scalar) == ["x", "y"])
    #expect(node["c"]?["d"]?.scalar == "e")
    guard case .sequence(let f)? = node["c"]?["f"]?.kind else { Issue.record("f"); return }
    #expect(f.isEmpty)
    // `g=h,i`: `i` is not `name=`, so it continues g's list.
    guard case .sequence(let g)? = node["g"]?.kind else { Issue.record("g"); return }
    #expect(g.map(\.scalar) == ["h", "i"])
    #expect(node["j"]?.scalar == "k, l")
    #expect(node["m"]?.scalar == "")
    #expect(node["a"]?.location == SourceLocation(line: 1, column: 3))
    #expect(node["c"]?["d"]?.location == SourceLocation(line: 1, column: 19))
  }

  @Test func inlineStructureValue() throws {
    let r = try runTask("run web --placement-strategy=type=binpack,field=cpu")
    #expect(r.placementStrategy.map { $0.type } == ["binpack"])
    #expect(r.placementStrategy.map { $0.field } == ["cpu"])
    #expect(failure("run web --placement-strategy=type=binpack,feld=cpu") ==
            CommandError("run: --placement-strategy: unknown key 'feld'; did you mean 'field'?", column: 43))
  }

  @Test func jsonLocationsBecomeCommandColumns() {
    // What `JSONParser` gives for `{"a": 1}` (columns within the JSON text), moved to start at column 20.
    let json = Node(.mapping([(key: Node(.scalar("a", quoted: true), at: SourceLocation(line: 1, column: 2)),
                               value: Node(.scalar("1", quoted: false), at: SourceLocation(line: 1, column: 7)))]),
                    at: SourceLocation(line: 1, column: 1))
    let moved = CommandArguments.relocated(json, base: 20)
    #expect(moved.location == SourceLocation(line: 1, column: 20))
    #expect(moved["a"]?.location == SourceLocation(line: 1, column: 26))
    guard case .mapping(let pairs) = moved.kind else { Issue.record("not a mapping"); return }
    #expect(pairs[0].key.location == SourceLocation(line: 1, column: 21))
  }

  @Test func networkConfigurationVariants() throws {
    let r = try runTask("run web --network-configuration awsvpcConfiguration={subnets=subnet-9,assignPublicIp=DISABLED}")
    #expect(r.subnets == ["subnet-9"] && r.securityGroups == [] && r.assignPublicIp == false)
    #expect(failure("run web --network-configuration awsvpcConfiguration={subnets=[s],assignPublicIp=YES}") ==
            CommandError("run: --network-configuration.awsvpcConfiguration.assignPublicIp: 'YES' is not one of ENABLED, DISABLED", column: 81))
    #expect(failure("run web --network-configuration awsvpcConfiguration={securityGroups=[sg]}") ==
            CommandError("run: --network-configuration.awsvpcConfiguration: missing required key 'subnets'", column: 53))
  }

  @Test func shorthandErrorsPointIntoTheValue() {
    #expect(failure("run web --placement-strategy type=spread,feild=instanceId") ==
            CommandError("run: --placement-strategy: unknown key 'feild'; did you mean 'field'?", column: 42))
    #expect(failure("run web --placement-strategy field=memory") ==
            CommandError("run: --placement-strategy: missing required key 'type'", column: 30))
    #expect(failure("run web --placement-strategy binpack") ==
            CommandError("run: --placement-strategy: expected '=' after 'binpack'", column: 37))
    #expect(failure("run web --network-configuration awsvpcConfiguration={subnets=[a,b}") ==
            CommandError("run: --network-configuration: missing ']'", column: 67))
    #expect(failure("run web --capacity-provider-strategy capacityProvider=FARGATE,weight=heavy") ==
            CommandError("run: --capacity-provider-strategy.weight: expected an integer, found 'heavy'", column: 70))
    #expect(failure(#"run web --placement-constraints 'type=memberOf,expression="x'"#) ==
            CommandError(#"run: --placement-constraints: unterminated quoted value (missing ")"#, column: 59))
    #expect(failure("run web --network-configuration awsvpcConfiguration={subnets=[a]x}") ==
            CommandError("run: --network-configuration: expected ',' after the value of 'subnets', found 'x'", column: 65))
    #expect(failure("run web --network-configuration awsvpcConfiguration={subnets=[[a]x]}") ==
            CommandError("run: --network-configuration: expected ',' or ']' in a list, found 'x'", column: 66))
  }

  // MARK: - Errors

  @Test func unknownCommand() {
    #expect(failure("rn-task --task-definition web") ==
            CommandError("unknown command 'rn-task'; did you mean 'run-task'?", column: 1))
    #expect(failure("aws ecs rn-task") ==
            CommandError("unknown command 'rn-task'; did you mean 'run-task'?", column: 9))
    #expect(failure("frobnicate") == CommandError("unknown command 'frobnicate'", column: 1))
  }

  @Test func unknownOption() {
    #expect(failure("run-task --taks-definition web") ==
            CommandError("run-task: unknown option '--taks-definition'; did you mean '--task-definition'?", column: 10))
    #expect(failure("stop-task --task t --zzz") ==
            CommandError("stop-task: unknown option '--zzz'; expected one of --cluster, --task, --reason", column: 20))
    #expect(failure("list-clusters --all") ==
            CommandError("list-clusters: unknown option '--all'; list-clusters takes no options", column: 15))
  }

  @Test func missingRequiredOption() {
    #expect(failure("run-task --cluster prod") ==
            CommandError("run-task: missing required option --task-definition", column: 1))
    #expect(failure("aws ecs stop-task") == CommandError("stop-task: missing required option --task", column: 9))
    #expect(failure("drain") == CommandError("drain: missing required option --container-instances", column: 1))
    #expect(failure("update-container-instances-state --container-instances a") ==
            CommandError("update-container-instances-state: missing required option --status", column: 1))
  }

  @Test func badValues() {
    #expect(failure("run-task --task-definition web --count two") ==
            CommandError("run-task: --count expects an integer, got 'two'", column: 40))
    #expect(failure("run web two") == CommandError("run: --count expects an integer, got 'two'", column: 9))
    #expect(failure("run-task --count=x --task-definition web") ==
            CommandError("run-task: --count expects an integer, got 'x'", column: 18))
    #expect(failure("advance soon") ==
            CommandError("advance: --by expects a duration such as 30s, 5m or 1h, got 'soon'", column: 9))
  }

  @Test func missingValues() {
    #expect(failure("run-task --task-definition web --cluster") ==
            CommandError("run-task: --cluster expects a value", column: 32))
    #expect(failure("run-task --task-definition --count 2") ==
            CommandError("run-task: --task-definition expects a value", column: 10))
    #expect(failure("describe-tasks --tasks --cluster x") ==
            CommandError("describe-tasks: --tasks expects one or more values", column: 16))
    #expect(failure("run web --count") == CommandError("run: --count expects an integer", column: 9))
  }

  @Test func repeatedOptionsAndExtraWords() {
    #expect(failure("run-task --task-definition web --count 1 --count 2") ==
            CommandError("run-task: --count is given twice", column: 42))
    #expect(failure("stop t1 t2") == CommandError("stop: unexpected argument 't2'", column: 9))
    #expect(failure("list-clusters now") == CommandError("list-clusters: unexpected argument 'now'", column: 15))
  }

  @Test func switches() {
    #expect(failure("delete-repository web --force=yes") ==
            CommandError("delete-repository: --force takes no value", column: 23))
    #expect(failure("delete-repository web --force --no-force") ==
            CommandError("delete-repository: --force is given twice", column: 31))
  }

  @Test func errorDescriptionNamesTheColumn() {
    #expect(CommandError("run-task: --count expects an integer, got 'two'", column: 40).description ==
            "column 40: run-task: --count expects an integer, got 'two'")
    #expect(CommandError(message: "no column", column: nil).description == "no column")
  }

  // MARK: - The verb table

  @Test func verbTableIsConsistent() {
    let words = CommandVerb.allWords
    #expect(Set(words).count == words.count, "a verb or alias name is used twice")
    for verb in CommandParser.verbs {
      #expect(Set(verb.flags.map(\.name)).count == verb.flags.count, "\(verb.name) repeats a flag")
      for slot in verb.positionals { #expect(verb.flag(slot) != nil, "\(verb.name): positional \(slot)") }
      for alias in verb.aliases {
        for p in alias.presets { #expect(verb.flag(p.flag) != nil, "\(alias.name): preset \(p.flag)") }
      }
      let readOnly = verb.name.hasPrefix("describe-") || verb.name.hasPrefix("list-")
      #expect(verb.isMutating == !readOnly, "\(verb.name)")
    }
    #expect(CommandParser.verbs.count == 44)
  }

  @Test func everyVerbInTheTableParses() throws {
    // Required flags filled with a value of their kind: catches a verb without a builder.
    for verb in CommandParser.verbs where verb.name != "register-task-definition" {
      var line = verb.name
      for f in verb.flags where f.isRequired {
        switch f.kind {
        case .duration, .clockTime: line += " --\(f.name) 5m"
        case .integer: line += " --\(f.name) 1"
        case .structure:
          let sample = [
            "image-ids": "imageTag=1", "default-actions": "Type=forward,TargetGroupArn=tg",
            "attributes": verb.name == "put-attributes" ? "name=a,targetId=b" : "Key=deregistration_delay.timeout_seconds,Value=0",
          ]
          line += " --\(f.name) " + (sample[f.name] ?? "name=a")
        default: line += " --\(f.name) \(f.choices.first ?? "x")"
        }
      }
      if verb.name == "push-image" { line += " web:1" }
      if verb.name == "create-schedule" { line += " --task-definition web" }
      #expect(throws: Never.self, "\(line)") { _ = try CommandParser.parse(line) }
    }
  }

  @Test func usageListsRequiredFlagsFirst() throws {
    let stop = try #require(CommandVerb.named("stop")).verb
    #expect(stop.usage == "stop-task --task <value> [--cluster <value>] [--reason <value>]")
    let push = try #require(CommandVerb.named("push-image")).verb
    #expect(push.usage.hasPrefix("push-image [IMAGE] [--repository-name <value>]"))
    #expect(push.usage.hasSuffix("[--unhealthy]"))
    #expect(CommandVerb.named("drain")?.alias?.presets.first?.value == "DRAINING")
    #expect(CommandVerb.named("describe-tasks")?.verb.isMutating == false)
  }
}

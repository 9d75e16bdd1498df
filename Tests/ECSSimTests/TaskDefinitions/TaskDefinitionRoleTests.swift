import Testing
@testable import ECSSim

@Suite struct TaskDefinitionRoleTests {
  @Test func fargateNeedsAnExecutionRoleForECRImages() throws {
    let w = WorldBuilder()
    w.taskDefinition("api", mode: .awsvpc, fargate: true, cpu: "256", memory: "512")
    w.spec.taskDefinitions[0].executionRoleArn = nil
    #expect(throws: LocatedError.self) { try w.build() }
    let sim = try WorldBuilder().build()
    #expect(sim.failure("register-task-definition --family api --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 512 --container-definitions '[{\"name\":\"api\",\"image\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0\"}]'")
      == "An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Fargate requires task definition to have execution role ARN to support ECR images.")
  }

  @Test func aTaskRoleMustTrustECSTasks() throws {
    let sim = try WorldBuilder().build()
    #expect(sim.failure("register-task-definition --family app --task-role-arn arn:aws:iam::123456789012:role/ecsInstanceRole --container-definitions '[{\"name\":\"app\",\"image\":\"nginx\",\"memory\":64}]'")
      == "An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Role is not valid: arn:aws:iam::123456789012:role/ecsInstanceRole cannot be assumed by ecs-tasks.amazonaws.com (its trust policy names ec2.amazonaws.com).")
    #expect(sim.taskDefinitions["app"] == nil)
  }

  @Test func hostModeTaskRoleNeedsTheNetworkHostCapability() throws {
    let w = WorldBuilder()
    w.instances(ami: .bareAgent, config: "ECS_ENABLE_TASK_IAM_ROLE=true")
      .taskDefinition("app", mode: .host, taskRole: true) { $0.portMappings = [PortMapping(containerPort: 9000)] }
    let sim = try w.build()
    let out = try #require(try sim.must("run-task --task-definition app"))
    #expect(out.serialized().contains("\"reason\":\"ATTRIBUTE\""))
    try sim.must("launch-instances --instance-type m5.large --ami bare-agent --ecs-config ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST=true")
    sim.advance(to: .minutes(1))
    try sim.must("run-task --task-definition app")
    #expect(sim.liveTasks.count == 1)
  }
}

import ECSSim

/// Scenarios shipped inside the binary, so `ecsim` runs with no files and the format has a
/// complete, commented example (`ecsim scenarios` can print them as starting points).
public enum BuiltinScenarios {
  public static let all: [(name: String, summary: String, yaml: String)] = [
    (
      name: "default",
      summary: "A small production-like cluster: 4 On-Demand m5.large and 2 Spot c5.xlarge, a web service behind an ALB (rolling upgrade at 3m), workers, a batch job and a Fargate API",
      yaml: defaultYAML
    ),
    (
      name: "empty",
      summary: "One empty cluster and a VPC: no instances, images or tasks; build everything with commands",
      yaml: emptyYAML
    ),
  ] + TeachingScenarios.all

  public static func named(_ name: String) -> (name: String, summary: String, yaml: String)? {
    all.first { $0.name == name }
  }

  static let defaultYAML = """
    # The default scenario: what `ecsim` starts with when given no scenario.
    # A small, realistic account: one EC2-backed cluster running a web app, background workers,
    # a batch job, and a Fargate API. Every key is described in docs/scenario-format.md.
    name: default
    description: |
      One cluster in us-east-1 with four On-Demand m5.large instances spread over three AZs and
      two Spot c5.xlarge instances. The web service (six tasks on dynamic host ports) sits behind
      an Application Load Balancer in the three AZs; two workers and one Fargate API task run
      beside it. A batch report runs at 30s and exits by itself 45s later, one more worker starts
      at 2m, and at 3m the web service rolls from web:1 to web:2, which completes in about two
      minutes: new tasks register and turn healthy, old ones drain for 60 s, then stop.
    region: us-east-1
    account: "123456789012"      # quoted: an account id is text, not a number
    startTime: 2026-01-05T09:00:00Z

    # No `vpc:` key: the default VPC vpc-0c8a5e2f1d3b4a697 (10.0.0.0/16) with one public subnet
    # per AZ: subnet-0a1b2c3d4e5f60718 (us-east-1a), subnet-0a1b2c3d4e5f60719 (us-east-1b),
    # subnet-0a1b2c3d4e5f6071a (us-east-1c).

    securityGroups:
      # The load balancer's group: open to the internet on HTTP and HTTPS.
      - groupId: sg-0a1b2c3d4e5f00001
        groupName: alb
        ingress:
          - {protocol: tcp, port: 80, source: 0.0.0.0/0}
          - {protocol: tcp, port: 443, source: 0.0.0.0/0}
      # The container instances' group. Bridge-mode tasks with hostPort 0 get a dynamic host port
      # from the ephemeral range, so the load balancer must reach that whole range.
      - groupId: sg-0a1b2c3d4e5f00002
        groupName: ecs-instances
        ingress:
          - {protocol: tcp, fromPort: 32768, toPort: 65535, source: sg-0a1b2c3d4e5f00001}
          - {protocol: tcp, port: 22, source: 10.0.0.0/16}
      # For awsvpc tasks (the Fargate API): each task has its own ENI and this group.
      - groupId: sg-0a1b2c3d4e5f00003
        groupName: tasks
        ingress:
          - {protocol: tcp, port: 8080, source: sg-0a1b2c3d4e5f00001}

    clusters:
      - default

    roles:
      # The instance profile's role: lets the agent register, poll and pull from ECR.
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
      # The task execution role: ECS uses it to pull images and send logs for a task
      # (required on Fargate; on EC2 the instance role can do it instead).
      - name: ecsTaskExecutionRole
        trustedService: ecs-tasks.amazonaws.com
        managedPolicies: [AmazonECSTaskExecutionRolePolicy]
      # The task role: what the application's own code may call.
      - name: web-task-role
        trustedService: ecs-tasks.amazonaws.com
        actions: [s3:GetObject, dynamodb:Query]

    repositories:
      - name: web
        imageTagMutability: MUTABLE
        images:
          - tags: ["1.4.2"]          # quoted so YAML never reads a version as a number
            sizeMB: 182
          - tags: ["1.5.0"]
            sizeMB: 185
      # Two tags on one image: `latest` and `2.1.0` name the same digest.
      - name: worker
        images:
          - tags: ["2.1.0", latest]
            sizeMB: 96
      # A batch job: the process exits by itself 45 s after it starts, with exit code 0.
      - name: report
        images:
          - tag: latest
            sizeMB: 64
            behavior: {exitAfter: 45s, exitCode: 0}

    instances:
      # On-Demand capacity, spread round-robin over three AZs (a, b, c, a).
      - instanceType: m5.large
        count: 4
        availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
        purchaseOption: On-Demand
        ami: ecs-optimized
        iamRole: ecsInstanceRole
        securityGroups: [sg-0a1b2c3d4e5f00002]
        # /etc/ecs/ecs.config, as EC2 user data would write it.
        ecsConfig: |
          ECS_CLUSTER=default
          ECS_CONTAINER_STOP_TIMEOUT=30s
      # Spot capacity: cheaper, but EC2 can reclaim it with a two-minute notice. With Spot
      # draining on, the agent drains the instance when the notice arrives.
      - instanceType: c5.xlarge
        count: 2
        availabilityZones: [us-east-1b, us-east-1c]
        purchaseOption: Spot
        ami: ecs-optimized
        iamRole: ecsInstanceRole
        securityGroups: [sg-0a1b2c3d4e5f00002]
        ecsConfig: |
          ECS_CLUSTER=default
          ECS_ENABLE_SPOT_INSTANCE_DRAINING=true

    # RegisterTaskDefinition inputs, in the order they are registered: a family's first entry
    # becomes revision 1, the next revision 2.
    taskDefinitions:
      # web:1 — bridge networking with a dynamic host port (hostPort 0), a 256 MiB soft and a
      # 512 MiB hard memory limit, a task role for the app and an execution role for logs.
      - family: web
        networkMode: bridge
        taskRoleArn: arn:aws:iam::123456789012:role/web-task-role
        executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
        containerDefinitions:
          - name: web
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2
            cpu: 256
            memory: 512
            memoryReservation: 256
            essential: true
            portMappings:
              - {containerPort: 8080, hostPort: 0, protocol: tcp}
            healthCheck:
              command: [CMD-SHELL, "curl -f http://localhost:8080/health || exit 1"]
              interval: 30
              timeout: 5
              retries: 3
              startPeriod: 10
            logConfiguration:
              logDriver: awslogs
              options:
                awslogs-group: /ecs/web
                awslogs-region: us-east-1
                awslogs-stream-prefix: web
      # web:2 — the same definition with the next release's image, ready for a deployment.
      - family: web
        networkMode: bridge
        taskRoleArn: arn:aws:iam::123456789012:role/web-task-role
        executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
        containerDefinitions:
          - name: web
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0
            cpu: 256
            memory: 512
            memoryReservation: 256
            essential: true
            portMappings:
              - {containerPort: 8080, hostPort: 0, protocol: tcp}
            healthCheck:
              command: [CMD-SHELL, "curl -f http://localhost:8080/health || exit 1"]
              interval: 30
              timeout: 5
              retries: 3
              startPeriod: 10
            logConfiguration:
              logDriver: awslogs
              options:
                awslogs-group: /ecs/web
                awslogs-region: us-east-1
                awslogs-stream-prefix: web
      # worker:1 — no ports: it reads from a queue. Its image is pulled with the instance role.
      - family: worker
        networkMode: bridge
        containerDefinitions:
          - name: worker
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:2.1.0
            cpu: 512
            memory: 1024
            essential: true
      # report:1 — the batch job; the task stops when its only (essential) container exits.
      - family: report
        containerDefinitions:
          - name: report
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/report:latest
            cpu: 256
            memory: 256
            essential: true
      # api:1 — Fargate: awsvpc networking, task-level cpu and memory (as strings, like the
      # console writes them), and an execution role to pull from ECR.
      - family: api
        requiresCompatibilities: [FARGATE]
        networkMode: awsvpc
        cpu: "256"
        memory: "512"
        executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
        containerDefinitions:
          - name: api
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0
            essential: true
            portMappings:
              - {containerPort: 8080, protocol: tcp}

    # RunTask requests made at time zero.
    tasks:
      # A bare family name runs its latest ACTIVE revision (worker:1).
      - cluster: default
        taskDefinition: worker
        count: 2
        launchType: EC2
      # Fargate needs a network configuration: subnets, security groups, and a public IP to
      # reach ECR from a public subnet without a NAT gateway.
      - cluster: default
        taskDefinition: api
        count: 1
        launchType: FARGATE
        networkConfiguration:
          awsvpcConfiguration:
            subnets: [subnet-0a1b2c3d4e5f60718, subnet-0a1b2c3d4e5f60719, subnet-0a1b2c3d4e5f6071a]
            securityGroups: [sg-0a1b2c3d4e5f00003]
            assignPublicIp: ENABLED

    # Commands of the command language, run when the clock reaches `at`.
    # The web tier: an ALB listening on 80 in the three AZs, forwarding to a target group of
    # instance targets (instance id + the task's dynamic host port). Health checks every 15 s;
    # a new target is healthy after its first passing check, and a deregistered one drains for
    # 60 s before ECS sends its task the stop signal.
    targetGroups:
      - name: web-tg
        protocol: HTTP
        port: 80
        targetType: instance
        healthCheck:
          path: /health
          intervalSeconds: 15
          timeoutSeconds: 5
          healthyThresholdCount: 2
          unhealthyThresholdCount: 2
          matcher: "200"
        deregistrationDelaySeconds: 60
    loadBalancers:
      - name: web-alb
        scheme: internet-facing
        subnets: [subnet-0a1b2c3d4e5f60718, subnet-0a1b2c3d4e5f60719, subnet-0a1b2c3d4e5f6071a]
        securityGroups: [sg-0a1b2c3d4e5f00001]
        listeners:
          - {port: 80, protocol: HTTP, defaultTargetGroup: web-tg}

    # CreateService input: six web tasks spread over the AZs, registered in web-tg. With
    # minimumHealthyPercent 100 and maximumPercent 200 a deployment starts six new tasks and
    # stops old ones only as new ones turn healthy: no capacity is lost.
    services:
      - cluster: default
        serviceName: web
        taskDefinition: web:1
        desiredCount: 6
        launchType: EC2
        deploymentConfiguration:
          minimumHealthyPercent: 100
          maximumPercent: 200
          deploymentCircuitBreaker: {enable: true, rollback: true}
        loadBalancers:
          - {targetGroupName: web-tg, containerName: web, containerPort: 8080}
        healthCheckGracePeriodSeconds: 30
        placementStrategy:
          - {type: spread, field: attribute:ecs.availability-zone}
          - {type: spread, field: instanceId}

    timeline:
      - at: 30s
        command: run-task --task-definition report --count 1
      - at: 2m
        command: run-task --task-definition worker --count 1
      # The rolling upgrade: web:1 (image 1.4.2) to web:2 (image 1.5.0).
      - at: 3m
        command: update-service --service web --task-definition web:2

    """

  static let emptyYAML = """
    # An empty account: one cluster and the default VPC, nothing else. Launch instances, push
    # images, register task definitions and run tasks with commands.
    name: empty
    description: One empty cluster, no instances.
    clusters:
      - default

    """
}

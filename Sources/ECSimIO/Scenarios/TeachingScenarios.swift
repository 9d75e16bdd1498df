/// Built-in teaching scenarios: each one sets up a classic Amazon ECS mistake (or, for
/// `rolling-upgrade-alb`, the way it should look), with a timeline that triggers it, so a user
/// can watch it happen in ECS's own words and then try the fix. Each YAML's `description` says
/// what it shows, what to look at and what fixes it; docs/teaching-scenarios.md says the same at
/// more length. Where the fix is a command or a rule, it is in the YAML as a commented-out block
/// after a `# The fix` line, so uncommenting it and running again shows the cure.
///
/// Some lessons need an instance's id (draining, Spot interruptions). Ids are random per seed,
/// so those scenarios cannot name the instance in their timeline; their descriptions show how
/// to find it (`list-container-instances --filter ...`) and type the command.
public enum TeachingScenarios {
  public static let all: [(name: String, summary: String, yaml: String)] = [
    (
      name: "static-host-port",
      summary: "Gotcha: a fixed hostPort 80 with as many instances as tasks; a rolling update can never place its new tasks",
      yaml: staticHostPortYAML
    ),
    (
      name: "deadlock-100-100",
      summary: "Gotcha: minimumHealthyPercent 100 and maximumPercent 100; deployments and draining cannot stop or start anything",
      yaml: deadlock100100YAML
    ),
    (
      name: "rounding-traps",
      summary: "Gotcha: 2 tasks at min 75 % and 3 tasks at max 125 % look roomy, but the rounded bounds leave none",
      yaml: roundingTrapsYAML
    ),
    (
      name: "missing-task-iam-role",
      summary: "Gotcha: a task role on hand-built instances without ECS_ENABLE_TASK_IAM_ROLE; no task is ever placed",
      yaml: missingTaskIamRoleYAML
    ),
    (
      name: "image-not-found",
      summary: "Gotcha: deploying a tag that is not in ECR; CannotPullContainerError, throttled retries, circuit breaker rollback",
      yaml: imageNotFoundYAML
    ),
    (
      name: "draining",
      summary: "Gotcha: draining an instance behind an ALB; service tasks move after the deregistration delay, a batch task stays",
      yaml: drainingYAML
    ),
    (
      name: "spot-interruption",
      summary: "Gotcha: Spot interruptions with and without ECS_ENABLE_SPOT_INSTANCE_DRAINING",
      yaml: spotInterruptionYAML
    ),
    (
      name: "health-check-grace-period",
      summary: "Gotcha: a slow-starting app behind an ALB with no grace period is killed and replaced in a loop",
      yaml: healthCheckGracePeriodYAML
    ),
    (
      name: "security-group-ephemeral-range",
      summary: "Gotcha: the instances' security group allows only port 80; dynamic-port targets time out and are recycled",
      yaml: securityGroupEphemeralRangeYAML
    ),
    (
      name: "rolling-upgrade-alb",
      summary: "How it should look: a zero-downtime rolling upgrade behind an ALB with dynamic host ports over three AZs",
      yaml: rollingUpgradeAlbYAML
    ),
  ]

  static let staticHostPortYAML = #"""
    # Teaching scenario: a static host port blocks a rolling update.
    name: static-host-port
    description: |
      A storefront service in bridge mode maps container port 80 to host port 80, runs 2 tasks on
      2 instances, and deploys with the defaults (minimumHealthyPercent 100, maximumPercent 200).
      At 2m storefront:2 is deployed. The scheduler may start 2 more tasks (200 %) but must keep
      both old ones until the new ones are healthy (100 %), and each instance already holds port 80,
      so the new tasks cannot be placed: the service reports "... is already using a port required
      by your task." and the deployment stays IN_PROGRESS with the old tasks running, forever.
      Watch: the service events and describe-services (two deployments, the new one with 0 tasks).
      Fix: a dynamic host port (hostPort 0) behind a load balancer; or minimumHealthyPercent 50, so
      one old task may stop first (uncomment the 5m timeline entry); or more instances than tasks.
    region: us-east-1
    clusters: [shop]
    roles:
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
    repositories:
      - name: storefront
        images:
          - {tags: ["3.1.0"], sizeMB: 140}
          - {tags: ["3.2.0"], sizeMB: 142}
    instances:
      # Two instances, one per AZ: exactly as many as the service has tasks.
      - instanceType: m5.large
        count: 2
        availabilityZones: [us-east-1a, us-east-1b]
        ecsConfig: |
          ECS_CLUSTER=shop
    taskDefinitions:
      # storefront:1 — bridge mode with a fixed host port: one copy per instance at most.
      - family: storefront
        networkMode: bridge
        containerDefinitions:
          - name: storefront
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/storefront:3.1.0
            cpu: 256
            memory: 512
            essential: true
            portMappings:
              - {containerPort: 80, hostPort: 80, protocol: tcp}
      # storefront:2 — the next release, same port mapping.
      - family: storefront
        networkMode: bridge
        containerDefinitions:
          - name: storefront
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/storefront:3.2.0
            cpu: 256
            memory: 512
            essential: true
            portMappings:
              - {containerPort: 80, hostPort: 80, protocol: tcp}
    services:
      - serviceName: storefront
        cluster: shop
        taskDefinition: storefront:1
        desiredCount: 2
        deploymentConfiguration:
          minimumHealthyPercent: 100   # keep both old tasks until their replacements are healthy
          maximumPercent: 200          # up to 4 tasks during the deployment — but where?
    timeline:
      - at: 2m
        command: update-service --cluster shop --service storefront --task-definition storefront:2
      # The fix, once you have seen it stall: let one old task stop first.
      # - at: 5m
      #   command: update-service --cluster shop --service storefront --deployment-configuration minimumHealthyPercent=50

    """#

  static let deadlock100100YAML = #"""
    # Teaching scenario: minimumHealthyPercent 100 with maximumPercent 100 deadlocks.
    name: deadlock-100-100
    description: |
      The payments-api service runs 3 tasks with minimumHealthyPercent 100 and maximumPercent 100:
      at least 3 tasks must stay running and healthy (ceil(3 × 100 %) = 3) and at most 3 may exist
      (floor(3 × 100 %) = 3). At 2m payments-api:2 is deployed. Starting a new task would make 4
      (over the maximum), stopping an old one would leave 2 (under the minimum), so nothing moves:
      the service reports "was unable to stop or start tasks during a deployment because of the
      service deployment configuration. Update the minimumHealthyPercent or maximumPercent value
      and try again." and the new deployment stays IN_PROGRESS with no tasks.
      Draining stalls the same way: drain one instance (find its id with
      `list-container-instances --cluster payments`, then `drain --cluster payments ID`): its
      task is never moved, so the instance stays DRAINING with a running task.
      There is plenty of free capacity: the limit is the configuration, not the cluster.
      Watch: the service events, and describe-services: two deployments, the new PRIMARY with
      0 tasks and rolloutState IN_PROGRESS, the old one still running all 3.
      Fix: allow one extra task (maximumPercent 200) or one fewer (minimumHealthyPercent 66); the
      commented 5m timeline entry raises maximumPercent to 200.
    region: us-east-1
    clusters: [payments]
    roles:
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
    repositories:
      - name: payments-api
        images:
          - {tags: ["2.7.0"], sizeMB: 210}
          - {tags: ["2.8.0"], sizeMB: 212}
    instances:
      # Three m5.large (2 vCPU, 8 GiB) in three AZs: room for several more tasks on each.
      - instanceType: m5.large
        count: 3
        availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
        ecsConfig: |
          ECS_CLUSTER=payments
    taskDefinitions:
      - family: payments-api
        networkMode: bridge
        containerDefinitions:
          - name: payments-api
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/payments-api:2.7.0
            cpu: 512
            memory: 1024
            essential: true
            portMappings:
              - {containerPort: 8443, hostPort: 0, protocol: tcp}   # dynamic host port: no port clash
      - family: payments-api
        networkMode: bridge
        containerDefinitions:
          - name: payments-api
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/payments-api:2.8.0
            cpu: 512
            memory: 1024
            essential: true
            portMappings:
              - {containerPort: 8443, hostPort: 0, protocol: tcp}
    services:
      - serviceName: payments-api
        cluster: payments
        taskDefinition: payments-api:1
        desiredCount: 3
        deploymentConfiguration:
          minimumHealthyPercent: 100   # "never run fewer than 3" ...
          maximumPercent: 100          # ... and "never run more than 3": nothing can change
    timeline:
      - at: 2m
        command: update-service --cluster payments --service payments-api --task-definition payments-api:2
      # The fix: let the scheduler start one task before it stops one.
      # - at: 5m
      #   command: update-service --cluster payments --service payments-api --deployment-configuration maximumPercent=200

    """#

  static let roundingTrapsYAML = #"""
    # Teaching scenario: the deployment bounds are rounded, and the rounding can leave no room.
    name: rounding-traps
    description: |
      Two services whose deployment settings look like they leave room, but do not once ECS
      rounds them. The lower bound is ceil(desiredCount × minimumHealthyPercent / 100), the upper
      bound floor(desiredCount × maximumPercent / 100).
      - search-api: desiredCount 2, minimumHealthyPercent 75, maximumPercent 100:
        lower = ceil(1.5) = 2, upper = floor(2.0) = 2. No task may stop, none may start.
      - recommendations: desiredCount 3, minimumHealthyPercent 100, maximumPercent 125:
        lower = ceil(3.0) = 3, upper = floor(3.75) = 3. The same.
      At 2m both are given a new task definition revision. Neither deployment moves: each
      service reports "was unable to stop or start tasks during a deployment because of the
      service deployment configuration. ..." and keeps its old tasks.
      Watch: the two services' events, and describe-services: each new deployment has 0 tasks.
      Fix: choose percentages that give at least one task of room after rounding, e.g.
      minimumHealthyPercent 50 for search-api (lower 1) and maximumPercent 134 or more for
      recommendations (upper 4); the commented 5m timeline entries apply them.
    region: us-east-1
    clusters: [discovery]
    roles:
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
    repositories:
      - name: search-api
        images:
          - {tags: ["5.0.3"], sizeMB: 160}
          - {tags: ["5.1.0"], sizeMB: 161}
      - name: recommendations
        images:
          - {tags: ["1.12.0"], sizeMB: 320}
          - {tags: ["1.13.0"], sizeMB: 322}
    instances:
      - instanceType: m5.xlarge
        count: 3
        availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
        ecsConfig: |
          ECS_CLUSTER=discovery
    taskDefinitions:
      - family: search-api
        networkMode: bridge
        containerDefinitions:
          - name: search-api
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/search-api:5.0.3
            cpu: 512
            memory: 1024
            essential: true
            portMappings: [{containerPort: 9200, hostPort: 0}]
      - family: search-api
        networkMode: bridge
        containerDefinitions:
          - name: search-api
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/search-api:5.1.0
            cpu: 512
            memory: 1024
            essential: true
            portMappings: [{containerPort: 9200, hostPort: 0}]
      - family: recommendations
        networkMode: bridge
        containerDefinitions:
          - name: recommendations
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/recommendations:1.12.0
            cpu: 1024
            memory: 2048
            essential: true
            portMappings: [{containerPort: 8080, hostPort: 0}]
      - family: recommendations
        networkMode: bridge
        containerDefinitions:
          - name: recommendations
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/recommendations:1.13.0
            cpu: 1024
            memory: 2048
            essential: true
            portMappings: [{containerPort: 8080, hostPort: 0}]
    services:
      - serviceName: search-api
        cluster: discovery
        taskDefinition: search-api:1
        desiredCount: 2
        deploymentConfiguration:
          minimumHealthyPercent: 75    # 2 × 75 % = 1.5, rounded UP to 2
          maximumPercent: 100          # 2 × 100 % = 2
      - serviceName: recommendations
        cluster: discovery
        taskDefinition: recommendations:1
        desiredCount: 3
        deploymentConfiguration:
          minimumHealthyPercent: 100   # 3 × 100 % = 3
          maximumPercent: 125          # 3 × 125 % = 3.75, rounded DOWN to 3
    timeline:
      - at: 2m
        command: update-service --cluster discovery --service search-api --task-definition search-api:2
      - at: 2m
        command: update-service --cluster discovery --service recommendations --task-definition recommendations:2
      # The fixes: one task of room after rounding.
      # - at: 5m
      #   command: update-service --cluster discovery --service search-api --deployment-configuration minimumHealthyPercent=50
      # - at: 5m
      #   command: update-service --cluster discovery --service recommendations --deployment-configuration maximumPercent=134

    """#

  static let missingTaskIamRoleYAML = #"""
    # Teaching scenario: a task role on instances whose agent does not offer task roles.
    name: missing-task-iam-role
    description: |
      The orders-worker service's task definition has a task role (taskRoleArn) so its code can
      read from SQS and write to DynamoDB. The cluster's instances were built by hand: an Amazon
      Linux host with the ECS agent started without ECS_ENABLE_TASK_IAM_ROLE (ami: bare-agent).
      Such an agent does not advertise the attribute com.amazonaws.ecs.capability.task-iam-role,
      which a task definition with a task role requires, so no task is ever placed: the service
      reports "was unable to place a task because no container instance met all of its
      requirements. The closest matching (container-instance …) is missing an attribute required
      by your task. ..." and runs 0 of 2 tasks, retrying every 30 seconds.
      Watch: the service events, and describe-container-instances: the attribute is not there.
      (The ECS-optimized AMI turns the variable on for you; explicit ECS_ENABLE_TASK_IAM_ROLE=false
      in ecs.config does the same damage.)
      Fix: set ECS_ENABLE_TASK_IAM_ROLE=true in /etc/ecs/ecs.config and restart the agent, or use the
      ECS-optimized AMI. The commented 3m timeline entry launches a correctly configured instance;
      about half a minute after it registers both tasks run on it.
    region: us-east-1
    clusters: [orders]
    roles:
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
      # What the application itself may call.
      - name: orders-worker-task-role
        trustedService: ecs-tasks.amazonaws.com
        actions: [sqs:ReceiveMessage, sqs:DeleteMessage, dynamodb:PutItem]
    repositories:
      - name: orders-worker
        images:
          - {tags: ["4.2.1"], sizeMB: 120}
    instances:
      # A hand-built host: the agent runs with its own defaults, and task IAM roles are off.
      - instanceType: m5.large
        count: 2
        availabilityZones: [us-east-1a, us-east-1b]
        ami: bare-agent
        ecsConfig: |
          ECS_CLUSTER=orders
    taskDefinitions:
      - family: orders-worker
        networkMode: bridge
        taskRoleArn: arn:aws:iam::123456789012:role/orders-worker-task-role
        containerDefinitions:
          - name: orders-worker
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-worker:4.2.1
            cpu: 256
            memory: 512
            essential: true
    services:
      - serviceName: orders-worker
        cluster: orders
        taskDefinition: orders-worker:1
        desiredCount: 2
    timeline:
      # The fix: an instance whose agent offers task roles (one per line in ecs.config).
      # - at: 3m
      #   command: launch-instances --instance-type m5.large --ami bare-agent --ecs-config "ECS_CLUSTER=orders\nECS_ENABLE_TASK_IAM_ROLE=true"

    """#

  static let imageNotFoundYAML = #"""
    # Teaching scenario: deploying an image tag that is not in ECR.
    name: image-not-found
    description: |
      The checkout service runs checkout:1 (image checkout:1.8.0) with the deployment circuit
      breaker on, rollback included. At 2m checkout:2 is deployed, but its image tag 1.9.0 was
      never pushed (the CI job that builds it failed). Every new task stops in PENDING: the pull
      fails with "CannotPullContainerError: ... manifest unknown: Requested image not found", the
      task's stopCode is TaskFailedToStart, and the old tasks keep serving.
      After three failures in a row the service reports "is unable to consistently start tasks
      successfully." and spaces its retries out. The circuit breaker's threshold for 2 tasks is 3
      failures (half of desiredCount, at least 3): it marks the deployment FAILED ("deployment
      failed: tasks failed to start.") and, with rollback, starts a new deployment back to the last
      COMPLETED one, checkout:1.
      Watch: the stopped tasks' stoppedReason, the service events, and describe-services'
      deployments (rolloutState FAILED, then the rollback COMPLETED).
      Fix: push the image (the commented 6m entry) and deploy again; without the circuit breaker
      the service would retry forever, up to 15 minutes apart.
    region: us-east-1
    clusters: [web]
    roles:
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
    repositories:
      - name: checkout
        images:
          - {tags: ["1.8.0"], sizeMB: 150}
          # 1.9.0 is missing: the build that should have pushed it failed.
    instances:
      - instanceType: m5.large
        count: 2
        availabilityZones: [us-east-1a, us-east-1b]
        ecsConfig: |
          ECS_CLUSTER=web
    taskDefinitions:
      - family: checkout
        networkMode: bridge
        containerDefinitions:
          - name: checkout
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/checkout:1.8.0
            cpu: 256
            memory: 512
            essential: true
            portMappings: [{containerPort: 8080, hostPort: 0}]
      - family: checkout
        networkMode: bridge
        containerDefinitions:
          - name: checkout
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/checkout:1.9.0   # not in ECR
            cpu: 256
            memory: 512
            essential: true
            portMappings: [{containerPort: 8080, hostPort: 0}]
    services:
      - serviceName: checkout
        cluster: web
        taskDefinition: checkout:1
        desiredCount: 2
        deploymentConfiguration:
          minimumHealthyPercent: 100
          maximumPercent: 200
          deploymentCircuitBreaker: {enable: true, rollback: true}
    timeline:
      - at: 2m
        command: update-service --cluster web --service checkout --task-definition checkout:2
      # The fix: push the missing image, then deploy it again.
      # - at: 6m
      #   command: push-image checkout:1.9.0 --size 152MB
      # - at: 6m
      #   command: update-service --cluster web --service checkout --task-definition checkout:2

    """#

  static let drainingYAML = #"""
    # Teaching scenario: draining a container instance behind a load balancer.
    name: draining
    description: |
      The catalog service runs 3 tasks behind an Application Load Balancer, one per AZ. The
      instance in us-east-1c also runs a standalone search-reindex batch task (RunTask, pinned
      there with a memberOf constraint) that needs about 30 minutes.
      At 2m the timeline drains the us-east-1c instance, i-0c4a7a1b00000c003 (for maintenance or a
      new AMI), as an operator would type:
        drain --cluster catalog i-0c4a7a1b00000c003
      (In a cluster of your own, find an instance with
        list-container-instances --cluster catalog --filter "attribute:ecs.availability-zone == us-east-1c")
      Watch: the instance turns DRAINING and gets no new tasks. The catalog task there is replaced
      within the service's bounds (minimumHealthyPercent 100: the replacement starts elsewhere
      first); once the replacement's target is healthy, ECS deregisters the old task's target:
      "(service catalog, taskSet ecs-svc/…) has begun draining connections on 1 tasks." and
      "deregistered 1 targets". The target stays `draining` for the target group's
      deregistration delay (300 seconds by default) so in-flight requests finish; only then does
      the task get SIGTERM, and "has stopped 1 running tasks" is reported.
      The search-reindex task is not a service task: draining never stops it. It runs to its end,
      and the instance stays DRAINING, with one running task, until it does.
      Fix (for the slow part): a shorter deregistrationDelaySeconds for apps with short requests;
      and stop or wait for standalone tasks before terminating a drained instance.
    region: us-east-1
    clusters: [catalog]
    securityGroups:
      - groupId: sg-0c4a7a1b00000a1b0
        groupName: catalog-alb
        ingress:
          - {protocol: tcp, port: 80, source: 0.0.0.0/0}
      - groupId: sg-0c4a7a1b00000e2c0
        groupName: catalog-instances
        ingress:
          # Dynamic host ports: the whole ephemeral range, from the load balancer only.
          - {protocol: tcp, fromPort: 32768, toPort: 65535, source: sg-0c4a7a1b00000a1b0}
    roles:
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
    repositories:
      - name: catalog
        images:
          - {tags: ["7.3.0"], sizeMB: 130}
      # The reindex job exits by itself after 30 minutes.
      - name: search-reindex
        images:
          - tags: ["2026.01"]
            sizeMB: 90
            behavior: {exitAfter: 30m, exitCode: 0}
    instances:
      - instanceType: m5.large
        count: 3
        availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
        # Fixed ids, so the timeline can name the instance to drain.
        instanceIds: [i-0c4a7a1b00000c001, i-0c4a7a1b00000c002, i-0c4a7a1b00000c003]
        securityGroups: [sg-0c4a7a1b00000e2c0]
        ecsConfig: |
          ECS_CLUSTER=catalog
    taskDefinitions:
      - family: catalog
        networkMode: bridge
        containerDefinitions:
          - name: catalog
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/catalog:7.3.0
            cpu: 256
            memory: 512
            essential: true
            portMappings: [{containerPort: 8080, hostPort: 0}]
      - family: search-reindex
        networkMode: bridge
        containerDefinitions:
          - name: search-reindex
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/search-reindex:2026.01
            cpu: 512
            memory: 1024
            essential: true
    tasks:
      # A one-off batch job on the us-east-1c instance.
      - cluster: catalog
        taskDefinition: search-reindex:1
        startedBy: ops-reindex
        placementConstraints:
          - {type: memberOf, expression: "attribute:ecs.availability-zone == us-east-1c"}
    targetGroups:
      - name: catalog
        healthCheck: {path: /health, intervalSeconds: 15, healthyThresholdCount: 3}
        # deregistrationDelaySeconds: 300 (the default) — how long a removed target drains.
    loadBalancers:
      - name: catalog-alb
        subnets: [subnet-0a1b2c3d4e5f60718, subnet-0a1b2c3d4e5f60719, subnet-0a1b2c3d4e5f6071a]
        securityGroups: [sg-0c4a7a1b00000a1b0]
        listeners:
          - {port: 80, defaultTargetGroup: catalog}
    services:
      - serviceName: catalog
        cluster: catalog
        taskDefinition: catalog:1
        desiredCount: 3
        deploymentConfiguration: {minimumHealthyPercent: 100, maximumPercent: 200}
        loadBalancers:
          - {targetGroupArn: catalog, containerName: catalog, containerPort: 8080}
    timeline:
      - at: 2m
        command: drain --cluster catalog i-0c4a7a1b00000c003

    """#

  static let spotInterruptionYAML = #"""
    # Teaching scenario: Spot interruptions with and without Spot instance draining.
    name: spot-interruption
    description: |
      The thumbnailer service (a queue worker, 6 tasks, no load balancer) runs on three kinds of
      capacity, two tasks on each: a Spot instance in us-east-1a whose agent has
      ECS_ENABLE_SPOT_INSTANCE_DRAINING=true, a Spot instance in us-east-1b without it, and an
      On-Demand instance in us-east-1c.
      At 2m the timeline interrupts both Spot instances (i-0d1e2f3a00000a001 in us-east-1a and
      i-0d1e2f3a00000b002 in us-east-1b) with
        interrupt-spot-instance ID
      EC2 gives a two-minute notice, then reclaims the host.
      With draining on (us-east-1a), the agent sets the instance to DRAINING as soon as the notice
      arrives: the service starts replacements elsewhere and stops the old tasks once the
      replacements count as healthy (40 s after they start, with no health check), all within the
      two minutes. Without it (us-east-1b), ECS learns nothing until the host disappears: both tasks
      stop with stopCode SpotInterruption and "Host EC2 (instance …) stopped/terminated", and only
      then does the service start replacements — capacity is short for a while.
      Watch: the container instances' status (DRAINING at once, or nothing until INACTIVE), the
      stopped tasks' stopCode and stoppedReason, and the service's running count.
      With minimumHealthyPercent 100 behind a load balancer (300 s deregistration delay), even a
      drained Spot instance has too little time; keep the delay well under two minutes there.
      Fix: ECS_ENABLE_SPOT_INSTANCE_DRAINING=true in ecs.config on every Spot instance.
    region: us-east-1
    clusters: [media]
    roles:
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
    repositories:
      - name: thumbnailer
        images:
          - {tags: ["0.9.4"], sizeMB: 75}
    instances:
      # Spot, drained by the agent when the interruption notice arrives.
      - instanceType: c5.xlarge
        count: 1
        availabilityZones: [us-east-1a]
        purchaseOption: Spot
        instanceIds: [i-0d1e2f3a00000a001]
        ecsConfig: |
          ECS_CLUSTER=media
          ECS_ENABLE_SPOT_INSTANCE_DRAINING=true
      # Spot, with the agent's default (Spot draining off).
      - instanceType: c5.xlarge
        count: 1
        availabilityZones: [us-east-1b]
        purchaseOption: Spot
        instanceIds: [i-0d1e2f3a00000b002]
        ecsConfig: |
          ECS_CLUSTER=media
      # On-Demand: never interrupted.
      - instanceType: c5.xlarge
        count: 1
        availabilityZones: [us-east-1c]
        purchaseOption: On-Demand
        ecsConfig: |
          ECS_CLUSTER=media
    taskDefinitions:
      - family: thumbnailer
        networkMode: bridge
        containerDefinitions:
          - name: thumbnailer
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/thumbnailer:0.9.4
            cpu: 512
            memory: 1024
            essential: true
    services:
      - serviceName: thumbnailer
        cluster: media
        taskDefinition: thumbnailer:1
        desiredCount: 6
        deploymentConfiguration: {minimumHealthyPercent: 100, maximumPercent: 200}
    timeline:
      - at: 2m
        command: interrupt-spot-instance i-0d1e2f3a00000a001
      - at: 2m
        command: interrupt-spot-instance i-0d1e2f3a00000b002

    """#

  static let healthCheckGracePeriodYAML = #"""
    # Teaching scenario: a slow-starting app and no health-check grace period.
    name: health-check-grace-period
    description: |
      The ledger-api service (a JVM app that needs 90 seconds to start) runs 2 tasks behind an
      Application Load Balancer whose target group keeps the default health check: every 30 s,
      unhealthy after 2 failures, healthy again after 5 successes. The service has no
      healthCheckGracePeriodSeconds (the default is 0).
      Each new target fails its checks at 30 s and 60 s (nothing listens yet), turns unhealthy
      ("(service ledger-api) (instance i-…) (port …) is unhealthy in (target-group …) due to
      (reason Health checks failed)"), and ECS stops the task ("Task failed ELB health checks in
      (target-group …)") and starts another, which meets the same fate: the service never
      reaches a steady state, and the app is never up long enough to serve.
      Watch: the service events repeat started / registered / unhealthy / draining / stopped,
      and the stopped tasks' stoppedReason.
      Fix: a grace period longer than the app needs to pass its checks — startup (90 s) plus
      5 healthy checks × 30 s = 240 s, so 300 s. The commented 6m entry sets it; the tasks then
      turn healthy and the service reaches a steady state. (A faster health check with fewer
      healthy checks, or a faster-starting app, helps too.)
    region: us-east-1
    clusters: [finance]
    securityGroups:
      - groupId: sg-0f1a2b3c00000a1b0
        groupName: ledger-alb
        ingress:
          - {protocol: tcp, port: 443, source: 0.0.0.0/0}
          - {protocol: tcp, port: 80, source: 0.0.0.0/0}
      - groupId: sg-0f1a2b3c00000e2c0
        groupName: finance-instances
        ingress:
          - {protocol: tcp, fromPort: 32768, toPort: 65535, source: sg-0f1a2b3c00000a1b0}
    roles:
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
    repositories:
      - name: ledger-api
        images:
          # A Spring Boot app: 90 seconds from container start to the first answered request.
          - tags: ["11.0.2"]
            sizeMB: 380
            behavior: {startupTime: 90s}
    instances:
      - instanceType: m5.xlarge
        count: 2
        availabilityZones: [us-east-1a, us-east-1b]
        securityGroups: [sg-0f1a2b3c00000e2c0]
        ecsConfig: |
          ECS_CLUSTER=finance
    taskDefinitions:
      - family: ledger-api
        networkMode: bridge
        containerDefinitions:
          - name: ledger-api
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/ledger-api:11.0.2
            cpu: 1024
            memory: 2048
            essential: true
            portMappings: [{containerPort: 8080, hostPort: 0}]
    targetGroups:
      - name: ledger-api
        healthCheck:
          path: /actuator/health
          # The defaults, written out: checks every 30 s, 2 failures make a target unhealthy.
          intervalSeconds: 30
          timeoutSeconds: 5
          healthyThresholdCount: 5
          unhealthyThresholdCount: 2
        deregistrationDelaySeconds: 30
    loadBalancers:
      - name: ledger-alb
        subnets: [subnet-0a1b2c3d4e5f60718, subnet-0a1b2c3d4e5f60719]
        securityGroups: [sg-0f1a2b3c00000a1b0]
        listeners:
          - {port: 80, redirectToPort: 443}
          - {port: 443, protocol: HTTPS, defaultTargetGroup: ledger-api}
    services:
      - serviceName: ledger-api
        cluster: finance
        taskDefinition: ledger-api:1
        desiredCount: 2
        loadBalancers:
          - {targetGroupArn: ledger-api, containerName: ledger-api, containerPort: 8080}
        # healthCheckGracePeriodSeconds: 0 — the default, and the problem.
    timeline:
      # The fix: ignore health checks for the first 5 minutes of each task.
      # - at: 6m
      #   command: update-service --cluster finance --service ledger-api --health-check-grace-period-seconds 300

    """#

  static let securityGroupEphemeralRangeYAML = #"""
    # Teaching scenario: the instances' security group does not let the load balancer reach
    # dynamic host ports.
    name: security-group-ephemeral-range
    description: |
      The profile service runs 3 tasks in bridge mode with a dynamic host port (hostPort 0), so
      Docker maps container port 8080 to a port from the ephemeral range (32768 and up) on each
      instance, and ECS registers that port in the target group. The instances' security group
      was written for a static setup: it lets the load balancer in on port 80 only.
      Every health check the ALB sends to port 3276x is dropped, so it times out: each target
      turns unhealthy ("(service profile) (instance i-…) (port 32768) is unhealthy in
      (target-group …) due to (reason Request timed out)"), ECS stops the task ("Task failed ELB
      health checks in (target-group …)") and starts another on a new port, which times out too.
      The app itself is fine; nothing ever reaches it.
      Watch: the service events, describe-target-health (Target.Timeout), and the stopped tasks.
      Fix: allow the load balancer's security group on the whole ephemeral range: uncomment the
      rule under profile-instances (fromPort 32768, toPort 65535) and run the scenario again.
      With awsvpc networking the same mistake is a task security group without the container port.
    region: us-east-1
    clusters: [accounts]
    securityGroups:
      - groupId: sg-0d5e6f7a00000a1b0
        groupName: profile-alb
        ingress:
          - {protocol: tcp, port: 80, source: 0.0.0.0/0}
      - groupId: sg-0d5e6f7a00000e2c0
        groupName: profile-instances
        ingress:
          # Only port 80 from the load balancer: right for hostPort 80, wrong for dynamic ports.
          - {protocol: tcp, port: 80, source: sg-0d5e6f7a00000a1b0}
          # The fix: the ephemeral range, from the load balancer only.
          # - {protocol: tcp, fromPort: 32768, toPort: 65535, source: sg-0d5e6f7a00000a1b0}
          - {protocol: tcp, port: 22, source: 10.0.0.0/16}
    roles:
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
    repositories:
      - name: profile
        images:
          - {tags: ["2.0.5"], sizeMB: 110}
    instances:
      - instanceType: m5.large
        count: 3
        availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
        securityGroups: [sg-0d5e6f7a00000e2c0]
        ecsConfig: |
          ECS_CLUSTER=accounts
    taskDefinitions:
      - family: profile
        networkMode: bridge
        containerDefinitions:
          - name: profile
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/profile:2.0.5
            cpu: 256
            memory: 512
            essential: true
            portMappings: [{containerPort: 8080, hostPort: 0}]   # a dynamic host port
    targetGroups:
      - name: profile
        healthCheck: {path: /healthz, intervalSeconds: 15, healthyThresholdCount: 3}
        deregistrationDelaySeconds: 30
    loadBalancers:
      - name: profile-alb
        subnets: [subnet-0a1b2c3d4e5f60718, subnet-0a1b2c3d4e5f60719, subnet-0a1b2c3d4e5f6071a]
        securityGroups: [sg-0d5e6f7a00000a1b0]
        listeners:
          - {port: 80, defaultTargetGroup: profile}
    services:
      - serviceName: profile
        cluster: accounts
        taskDefinition: profile:1
        desiredCount: 3
        loadBalancers:
          - {targetGroupArn: profile, containerName: profile, containerPort: 8080}

    """#

  static let rollingUpgradeAlbYAML = #"""
    # Teaching scenario: a clean, zero-downtime rolling upgrade behind an Application Load Balancer.
    name: rolling-upgrade-alb
    description: |
      How it should look. The frontend service runs 6 tasks over three AZs behind an Application
      Load Balancer. Each task maps container port 3000 to a dynamic host port; the instances'
      security group lets the load balancer reach the whole ephemeral range; the target group's
      health check is quick (every 10 s) and the deregistration delay is 30 s, a little longer
      than the app's longest request. The deployment uses the defaults: minimumHealthyPercent 100,
      maximumPercent 200.
      At 2m frontend:2 is deployed. ECS starts 6 new tasks next to the old ones (up to 12 may
      run), registers each in the target group, and waits for its first passing health check.
      Only then does it pick old tasks to retire: "has begun draining connections on N tasks",
      "deregistered N targets"; the old targets drain for 30 s while the new ones take the
      traffic, then the old tasks get SIGTERM and "has stopped N running tasks" is reported. Then
      "(deployment ecs-svc/…) deployment completed." and "has reached a steady state.".
      Watch: describe-target-health during the deployment — healthy targets never drop below 6.
      Try: redeploy with maximumPercent 100 and minimumHealthyPercent 50 (no spare capacity
      needed, 3 healthy at worst), or with the default 300 s deregistration delay (the same
      deployment takes five minutes longer).
    region: us-east-1
    clusters: [production]
    securityGroups:
      - groupId: sg-0a9b8c7d00000a1b0
        groupName: frontend-alb
        ingress:
          - {protocol: tcp, port: 80, source: 0.0.0.0/0}
          - {protocol: tcp, port: 443, source: 0.0.0.0/0}
      - groupId: sg-0a9b8c7d00000e2c0
        groupName: production-instances
        ingress:
          - {protocol: tcp, fromPort: 32768, toPort: 65535, source: sg-0a9b8c7d00000a1b0}
    roles:
      - name: ecsInstanceRole
        trustedService: ec2.amazonaws.com
        managedPolicies: [AmazonEC2ContainerServiceforEC2Role]
    repositories:
      - name: frontend
        images:
          - {tags: ["2026.01.2"], sizeMB: 95, behavior: {startupTime: 4s}}
          - {tags: ["2026.01.3"], sizeMB: 96, behavior: {startupTime: 4s}}
    instances:
      # Room for 12 tasks at the deployment's peak: 4 per instance.
      - instanceType: m5.large
        count: 3
        availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
        securityGroups: [sg-0a9b8c7d00000e2c0]
        ecsConfig: |
          ECS_CLUSTER=production
    taskDefinitions:
      - family: frontend
        networkMode: bridge
        containerDefinitions:
          - name: frontend
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/frontend:2026.01.2
            cpu: 256
            memory: 512
            essential: true
            portMappings: [{containerPort: 3000, hostPort: 0}]
      - family: frontend
        networkMode: bridge
        containerDefinitions:
          - name: frontend
            image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/frontend:2026.01.3
            cpu: 256
            memory: 512
            essential: true
            portMappings: [{containerPort: 3000, hostPort: 0}]
    targetGroups:
      - name: frontend
        healthCheck: {path: /healthz, intervalSeconds: 10, timeoutSeconds: 5, healthyThresholdCount: 3, unhealthyThresholdCount: 2}
        deregistrationDelaySeconds: 30
    loadBalancers:
      - name: frontend-alb
        subnets: [subnet-0a1b2c3d4e5f60718, subnet-0a1b2c3d4e5f60719, subnet-0a1b2c3d4e5f6071a]
        securityGroups: [sg-0a9b8c7d00000a1b0]
        listeners:
          - {port: 80, defaultTargetGroup: frontend}
    services:
      - serviceName: frontend
        cluster: production
        taskDefinition: frontend:1
        desiredCount: 6
        deploymentConfiguration: {minimumHealthyPercent: 100, maximumPercent: 200}
        loadBalancers:
          - {targetGroupArn: frontend, containerName: frontend, containerPort: 3000}
        placementStrategy:
          - {type: spread, field: attribute:ecs.availability-zone}
          - {type: spread, field: instanceId}
    timeline:
      - at: 2m
        command: update-service --cluster production --service frontend --task-definition frontend:2

    """#
}

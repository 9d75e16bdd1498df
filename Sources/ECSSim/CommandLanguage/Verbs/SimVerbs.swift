/// The simulator's own verbs (`sim`): images, agents, Spot interruptions and the clock, which
/// AWS has no API for. Their `operation` names still read like API operations in error lines.
enum SimVerbs {
  static let all: [CommandVerb] = [
    PushImage.verb, DisconnectAgent.verb, ReconnectAgent.verb, InterruptSpotInstance.verb, InterruptSpotTask.verb,
    Advance.verb, AdvanceTo.verb,
  ]

  static let instanceID = CommandFlag(
    "instance-id", required: true, completion: .ec2Instance, help: "EC2 or container instance ID")

  /// `push-image REPO[:TAG]`, standing in for `docker push` (errors name ECR's PutImage).
  enum PushImage {
    static let image = CommandFlag(
      "image", positionalOnly: true, completion: .image, help: "REPO[:TAG] (tag defaults to latest)")
    static let repositoryName = CommandFlag(
      "repository-name", completion: .repository, help: "Repository (instead of REPO:TAG)")
    static let imageTag = CommandFlag("image-tag", default: "latest", help: "Tag (instead of REPO:TAG)")
    static let size = CommandFlag("size", .sizeMB, help: "Image size: 120MB, 1.5GB or MB as a number")
    static let startupTime = CommandFlag("startup-time", .duration, help: "Time until the process is ready")
    static let exitAfter = CommandFlag("exit-after", .duration, help: "The process exits by itself after this long")
    static let exitCode = CommandFlag("exit-code", .integer, help: "Exit code when it exits by itself")
    static let shutdownTime = CommandFlag("shutdown-time", .duration, help: "Time to exit after SIGTERM")
    static let unhealthy = CommandFlag("unhealthy", .boolean, help: "A bad release: health checks never pass")

    static let verb = CommandVerb(
      "push-image", .sim, operation: "PutImage", summary: "Push an image to ECR (stands in for docker push)",
      example: "push-image web:1.6.0 --size 120MB --startup-time 20s",
      positionals: [image],
      aliases: [CommandAlias("push", summary: "push REPO:TAG: push-image")],
      flags: [image, repositoryName, imageTag, size, startupTime, exitAfter, exitCode, shutdownTime, unhealthy]
    ) { a throws(CommandError) in .pushImage(try request(a)) }

    static func request(_ a: CommandArguments) throws(CommandError) -> PushImageRequest {
      var repository = a.text(repositoryName)
      var tag = a.text(imageTag)
      if let given = a.items(image).first {
        if repository != nil {
          throw CommandError("\(a.name): give the image as REPO:TAG or with --repository-name, not both",
                             column: given.token.column)
        }
        // The tag follows the last ':' after the last '/', so a registry host's port is not a tag.
        let chars = Array(given.text)
        let slash = chars.lastIndex(of: "/") ?? -1
        if let colon = chars.lastIndex(of: ":"), colon > slash {
          if tag != nil {
            throw CommandError("\(a.name): the tag is given both in '\(given.text)' and by --image-tag",
                               column: given.token.column)
          }
          repository = String(chars[..<colon])
          tag = String(chars[(colon + 1)...])
        } else {
          repository = given.text
        }
        if repository?.isEmpty ?? true || tag?.isEmpty == true {
          throw CommandError("\(a.name): expected REPO:TAG, got '\(given.text)'", column: given.token.column)
        }
      }
      guard let repository else {
        throw CommandError("\(a.name): missing required option --repository-name (or REPO:TAG)", column: a.verbColumn)
      }
      var behavior = ImageBehaviorOverrides()
      behavior.startupTime = a.duration(startupTime)
      behavior.exitAfter = a.duration(exitAfter)
      behavior.exitCode = a.int(exitCode)
      behavior.shutdownTime = a.duration(shutdownTime)
      behavior.healthy = a.switchValue(unhealthy).map { !$0 }
      // Docker's rule: no tag means `latest`.
      return PushImageRequest(repository: repository, tag: tag ?? "latest", sizeMB: a.int(size), behavior: behavior)
    }
  }

  /// `disconnect-agent`: the instance's agent loses ECS; its tasks keep running.
  enum DisconnectAgent {
    static let verb = CommandVerb(
      "disconnect-agent", .sim, operation: "DisconnectAgent",
      summary: "Cut an instance's agent off from ECS (tasks keep running)",
      example: "disconnect-agent i-1",
      positionals: [instanceID],
      flags: [instanceID]
    ) { a throws(CommandError) in .disconnectAgent(try a.required(instanceID)) }
  }

  /// `reconnect-agent`.
  enum ReconnectAgent {
    static let verb = CommandVerb(
      "reconnect-agent", .sim, operation: "ReconnectAgent", summary: "Reconnect an instance's agent to ECS",
      example: "reconnect-agent i-1",
      positionals: [instanceID],
      flags: [instanceID]
    ) { a throws(CommandError) in .reconnectAgent(try a.required(instanceID)) }
  }

  /// `interrupt-spot-instance`: EC2's two-minute Spot interruption notice, then the reclaim.
  enum InterruptSpotInstance {
    static let instanceID = CommandFlag(
      "instance-id", required: true, completion: .ec2Instance, help: "EC2 or container instance ID of a Spot instance")

    static let verb = CommandVerb(
      "interrupt-spot-instance", .sim, operation: "InterruptSpotInstance",
      summary: "Send an EC2 Spot interruption notice; the host is reclaimed two minutes later",
      example: "interrupt-spot-instance i-0123456789abcdef0",
      positionals: [instanceID],
      aliases: [CommandAlias("spot-interrupt", summary: "spot-interrupt ID: interrupt-spot-instance")],
      flags: [instanceID]
    ) { a throws(CommandError) in .interruptSpotInstance(try a.required(instanceID)) }
  }

  /// `interrupt-spot-task`: Fargate Spot reclaims one task.
  enum InterruptSpotTask {
    static let cluster = CommandFlag("cluster", completion: .cluster, help: "cluster name or ARN (default: default)")
    static let task = CommandFlag("task", required: true, completion: .task, help: "task ID or ARN of a FARGATE_SPOT task")

    static let verb = CommandVerb(
      "interrupt-spot-task", .sim, operation: "InterruptSpotTask",
      summary: "Reclaim a FARGATE_SPOT task: SIGTERM now (TerminationNotice), SIGKILL after its stop timeout",
      example: "interrupt-spot-task 0123abcd",
      positionals: [task],
      flags: [cluster, task]
    ) { a throws(CommandError) in
      .interruptSpotTask(InterruptSpotTaskRequest(cluster: a.text(cluster), task: try a.required(task)))
    }
  }

  /// `advance DURATION`: run the clock forward (errors name an `Advance` operation).
  enum Advance {
    static let by = CommandFlag("by", .duration, required: true, help: "30s, 5m, 1h30m")

    static let verb = CommandVerb(
      "advance", .sim, operation: "Advance", summary: "Advance the simulation clock by a duration",
      example: "advance 30s",
      positionals: [by],
      aliases: [
        CommandAlias("wait", summary: "wait DURATION: advance"),
        CommandAlias("adv", summary: "adv DURATION: advance"),
      ],
      flags: [by]
    ) { a throws(CommandError) in .advance(try a.requiredTime(by)) }
  }

  /// `advance-to TIME`: run the clock to a time (errors name the same `Advance` operation).
  enum AdvanceTo {
    static let time = CommandFlag(
      "time", .clockTime, required: true, help: "HH:MM:SS, MM:SS or a duration since the start")

    static let verb = CommandVerb(
      "advance-to", .sim, operation: "Advance", summary: "Advance the simulation clock to a time",
      example: "advance-to 00:05:00",
      positionals: [time],
      flags: [time]
    ) { a throws(CommandError) in .advanceTo(try a.requiredTime(time)) }
  }
}

/// ECS verbs about clusters and their container instances.
extension ECSVerbs {
  /// `aws ecs update-container-instances-state`, and the `drain` and `activate` aliases.
  enum UpdateContainerInstancesState {
    static let containerInstances = CommandFlag(
      "container-instances", required: true, list: true, completion: .containerInstance,
      help: "Container instance IDs or ARNs")
    static let status = CommandFlag("status", .string, required: true, choices: ["ACTIVE", "DRAINING"], help: "New status")

    static let verb = CommandVerb(
      "update-container-instances-state", .ecs, operation: "UpdateContainerInstancesState",
      summary: "Set container instances ACTIVE or DRAINING",
      example: "update-container-instances-state --container-instances id1 id2 --status DRAINING",
      positionals: [containerInstances],
      aliases: [
        CommandAlias("drain", presets: [(status, "DRAINING")], summary: "drain ID…: set DRAINING"),
        CommandAlias("activate", presets: [(status, "ACTIVE")], summary: "activate ID…: set ACTIVE"),
      ],
      flags: [cluster, containerInstances, status]
    ) { a throws(CommandError) in
      .updateContainerInstancesState(UpdateContainerInstancesStateRequest(
        cluster: a.text(cluster), containerInstances: a.texts(containerInstances), status: try a.required(status)))
    }
  }

  /// `aws ecs deregister-container-instance`.
  enum DeregisterContainerInstance {
    static let containerInstance = CommandFlag(
      "container-instance", required: true, completion: .containerInstance, help: "Container instance ID or ARN")
    static let force = CommandFlag("force", .boolean, help: "Deregister even with tasks running (they keep running)")

    static let verb = CommandVerb(
      "deregister-container-instance", .ecs, operation: "DeregisterContainerInstance",
      summary: "Remove a container instance from its cluster",
      example: "deregister-container-instance abc --force",
      positionals: [containerInstance],
      flags: [cluster, containerInstance, force]
    ) { a throws(CommandError) in
      .deregisterContainerInstance(DeregisterContainerInstanceRequest(
        cluster: a.text(cluster), containerInstance: try a.required(containerInstance),
        force: a.switchValue(force) ?? false))
    }
  }

  /// `aws ecs create-cluster`.
  enum CreateCluster {
    static let clusterName = CommandFlag("cluster-name", default: "default", help: "Name of the new cluster")

    static let verb = CommandVerb(
      "create-cluster", .ecs, operation: "CreateCluster", summary: "Create a cluster",
      example: "create-cluster prod",
      positionals: [clusterName],
      flags: [clusterName]
    ) { a throws(CommandError) in .createCluster(a.text(clusterName) ?? "default") }
  }

  /// `aws ecs delete-cluster`.
  enum DeleteCluster {
    static let cluster = CommandFlag("cluster", required: true, completion: .cluster, help: "Cluster name or ARN")

    static let verb = CommandVerb(
      "delete-cluster", .ecs, operation: "DeleteCluster", summary: "Delete an empty cluster",
      example: "delete-cluster prod",
      positionals: [cluster],
      flags: [cluster]
    ) { a throws(CommandError) in .deleteCluster(try a.required(cluster)) }
  }

  /// `aws ecs put-attributes`. ECS takes a `targetId` per attribute; the command applies them to
  /// one container instance, so every attribute that names a target must name the same one.
  enum PutAttributes {
    static let attributes = CommandFlag(
      "attributes", .structure, required: true, list: true, help: "name=NAME,value=VALUE,targetId=INSTANCE …")

    static let verb = CommandVerb(
      "put-attributes", .ecs, operation: "PutAttributes", summary: "Set custom attributes on a container instance",
      example: "put-attributes --attributes name=stack,value=prod,targetId=ci-1",
      flags: [cluster, attributes]
    ) { a throws(CommandError) in .putAttributes(try request(a)) }

    static func request(_ a: CommandArguments) throws(CommandError) -> PutAttributesRequest {
      let entries = try a.decodeEach(attributes, keys: ["name", "value", "targetType", "targetId"]) { m throws(LocatedError) in
        (name: try m.requireString("name"), value: try m.string("value"), targetId: try m.string("targetId"),
         column: m.child("targetId")?.location?.column)
      }
      var target: String?
      for e in entries {
        guard let id = e.targetId else { continue }
        if let target, target != id {
          throw CommandError("\(a.name): every attribute must have the same targetId ('\(target)', then '\(id)')",
                             column: e.column)
        }
        target = id
      }
      guard let target else {
        throw CommandError("\(a.name): --attributes needs targetId=CONTAINER_INSTANCE", column: a.flagColumn(attributes))
      }
      return PutAttributesRequest(
        cluster: a.text(cluster), targetId: target, attributes: entries.map { AttributeInput(name: $0.name, value: $0.value) })
    }
  }
}

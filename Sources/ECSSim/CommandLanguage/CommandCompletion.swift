/// Which kind of object a value names, so Tab completion can offer the live names.
public enum CommandCompletion: String, Sendable {
  case cluster, taskDefinition, taskDefinitionFamily, task, containerInstance
  case ec2Instance, repository, image, instanceType, availabilityZone
  case service, targetGroup, loadBalancer, schedule
}

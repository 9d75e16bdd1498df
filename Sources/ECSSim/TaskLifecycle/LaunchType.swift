public enum LaunchType: String, Sendable {
  case ec2 = "EC2"
  case fargate = "FARGATE"
  case external = "EXTERNAL"
}

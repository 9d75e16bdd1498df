import ECSSim
import Testing

@Suite struct InstanceTypeTests {
  @Test func cpuUnitsAre1024PerVCPU() {
    for type in InstanceType.catalogue {
      #expect(type.cpuUnits == type.vcpus * 1024, "\(type.name)")
    }
    #expect(InstanceType.named("c5.4xlarge")?.cpuUnits == 16384)
  }

  @Test func registeredMemoryIsBelowNominal() {
    for type in InstanceType.catalogue {
      #expect(type.registeredMemoryMiB < type.memoryMiB, "\(type.name)")
      #expect(type.registeredMemoryMiB > type.memoryMiB * 9 / 10, "\(type.name)")
    }
  }

  @Test func registeredMemoryMatchesObservations() {
    // c5.large: 3705 MiB in the AWS CLI's update-container-instances-state example (AL2).
    #expect(InstanceType.named("c5.large")?.registeredMemoryMiB == 3705)
    #expect(InstanceType.named("m5.large")?.registeredMemoryMiB == 7680)
    #expect(InstanceType.named("t3.micro")?.registeredMemoryMiB == 944)
    #expect(InstanceType.named("m5.xlarge")?.registeredMemoryMiB == 15630)
    #expect(InstanceType.named("t3.small")?.registeredMemoryMiB == 1865)
    #expect(InstanceType.named("r5.4xlarge")?.registeredMemoryMiB == 126_930)
    #expect(InstanceType.osVisibleMemoryMiB(nominal: 1024) == 944)
    #expect(InstanceType.osVisibleMemoryMiB(nominal: 4096) == 3705)
  }

  @Test func nominalSizesFromEC2() {
    let m5 = InstanceType.named("m5.large")
    #expect(m5?.vcpus == 2)
    #expect(m5?.memoryMiB == 8192)
    #expect(m5?.maxENIs == 3)
    let r5 = InstanceType.named("r5.2xlarge")
    #expect(r5?.vcpus == 8)
    #expect(r5?.memoryMiB == 65536)
    #expect(r5?.maxENIs == 4)
    #expect(InstanceType.named("t3.micro")?.maxENIs == 2)
    #expect(InstanceType.named("c5.4xlarge")?.maxENIs == 8)
    #expect(InstanceType.named("c5.xlarge")?.memoryMiB == 8192)
  }

  @Test func catalogueOrderIsFamilyThenSize() {
    #expect(InstanceType.names == [
      "t3.micro", "t3.small", "t3.medium", "t3.large", "t3.xlarge", "t3.2xlarge",
      "m5.large", "m5.xlarge", "m5.2xlarge", "m5.4xlarge",
      "c5.large", "c5.xlarge", "c5.2xlarge", "c5.4xlarge",
      "r5.large", "r5.xlarge", "r5.2xlarge", "r5.4xlarge",
    ])
  }

  @Test func lookupByName() {
    for type in InstanceType.catalogue { #expect(InstanceType.named(type.name) == type) }
    #expect(InstanceType.named("m5.24xlarge") == nil)
    #expect(InstanceType.named("M5.LARGE") == nil)
  }
}

import ECSSim
import ECSimIO
import Testing

@Suite struct YAMLNodeReaderTests {
  func read(_ text: String) throws(LocatedError) -> Node { try YAMLNodeReader.read(text) }

  func readError(_ text: String) -> LocatedError? {
    do { _ = try YAMLNodeReader.read(text); return nil } catch { return error }
  }

  @Test func plainAndQuotedScalarsKeepTheirTextAndLocation() throws {
    let node = try read("""
      a: 80
      b: "80"
      c: '1.10'
      d:   1.10
      e: !!str 7

      """)
    let a = try #require(node["a"]), b = try #require(node["b"]), c = try #require(node["c"])
    let d = try #require(node["d"]), e = try #require(node["e"])
    guard case .scalar("80", quoted: false) = a.kind else { Issue.record("a: \(a.kind)"); return }
    guard case .scalar("80", quoted: true) = b.kind else { Issue.record("b: \(b.kind)"); return }
    guard case .scalar("1.10", quoted: true) = c.kind else { Issue.record("c: \(c.kind)"); return }
    guard case .scalar("1.10", quoted: false) = d.kind else { Issue.record("d: \(d.kind)"); return }
    guard case .scalar("7", quoted: true) = e.kind else { Issue.record("e: \(e.kind)"); return }
    #expect(a.location == SourceLocation(line: 1, column: 4))
    #expect(b.location == SourceLocation(line: 2, column: 4))
    #expect(d.location == SourceLocation(line: 4, column: 6))
    #expect(node.location == SourceLocation(line: 1, column: 1))
  }

  @Test func nullWordsAndEmptyPlainValuesAreNullButQuotedOnesAreText() throws {
    let node = try read("""
      a: ~
      b: null
      c:
      d: NULL
      e: "null"
      f: ''
      g: !!null x

      """)
    for key in ["a", "b", "c", "d", "g"] {
      #expect(node[key]?.isNull == true, "\(key)")
    }
    guard case .scalar("null", quoted: true)? = node["e"]?.kind else { Issue.record("e"); return }
    guard case .scalar("", quoted: true)? = node["f"]?.kind else { Issue.record("f"); return }
  }

  @Test func sequencesAndMappingsAreLocatedAtTheirFirstCharacter() throws {
    let node = try read("""
      items:
        - {x: 1}
        - [a, b]

      """)
    let items = try #require(node["items"])
    guard case .sequence(let list) = items.kind else { Issue.record("not a list"); return }
    #expect(items.location == SourceLocation(line: 2, column: 3))
    #expect(list[0].location == SourceLocation(line: 2, column: 5))
    #expect(list[1].location == SourceLocation(line: 3, column: 5))
    #expect(list[0]["x"]?.location == SourceLocation(line: 2, column: 9))
  }

  @Test func blockScalarIsLocatedAtItsFirstContentLine() throws {
    let node = try read("""
      group:
        ecsConfig: |

          ECS_CLUSTER=default
          ECS_RESERVED_MEMORY=256
        next: 1

      """)
    let config = try #require(node["group"]?["ecsConfig"])
    #expect(config.scalar == "\nECS_CLUSTER=default\nECS_RESERVED_MEMORY=256\n")
    // Line 3 is blank (part of the text); the first content is on line 4, indented 4.
    #expect(config.location == SourceLocation(line: 4, column: 5))
    guard case .scalar(_, quoted: true) = config.kind else { Issue.record("block scalar not quoted"); return }
  }

  @Test func emptyBlockScalarKeepsTheIndicatorLocation() throws {
    let node = try read("""
      a: |
      b: 2

      """)
    #expect(node["a"]?.scalar == "")
    #expect(node["a"]?.location == SourceLocation(line: 1, column: 4))
  }

  @Test func aliasesAndMergeKeysAreResolvedWithWrittenKeysWinning() throws {
    let node = try read("""
      base: &base {count: 2, ami: bare-agent}
      group:
        <<: *base
        count: 5
      list: [*base]

      """)
    let group = try #require(node["group"])
    #expect(group["count"]?.scalar == "5")
    #expect(group["ami"]?.scalar == "bare-agent")
    guard case .mapping(let pairs) = group.kind else { Issue.record("not a mapping"); return }
    // Merged keys take the place of `<<`; the written `count` stays where it was written.
    #expect(pairs.map { $0.key.scalar } == ["ami", "count"])
    guard case .sequence(let list)? = node["list"]?.kind else { Issue.record("list"); return }
    #expect(list[0]["ami"]?.scalar == "bare-agent")
  }

  @Test func mergeKeyOfAScalarIsAnError() {
    #expect(readError("a:\n  <<: 3\n") == LocatedError(
      "'<<' (merge key) needs a mapping or a list of mappings, such as <<: *defaults",
      at: SourceLocation(line: 2, column: 7)))
  }

  @Test func syntaxErrorHasLibyamlsMessageAndLocation() {
    let error = readError("""
      name: x
      clusters:
        - default
       bad: [1, 2

      """)
    #expect(error?.location == SourceLocation(line: 4, column: 2))
    #expect(error?.message == "invalid YAML: did not find expected key (while parsing a block mapping at 1:1)")
  }

  @Test func unclosedFlowSequenceIsLocated() {
    let error = readError("a: [1, 2\nb: 3\n")
    #expect(error?.message.hasPrefix("invalid YAML: ") == true)
    #expect(error?.location?.line == 2)
  }

  @Test func duplicateKeyIsLocatedAtTheKey() {
    #expect(readError("name: a\nregion: x\nname: b\n") == LocatedError(
      "key 'name' appears twice in one mapping", at: SourceLocation(line: 1, column: 1)))
  }

  @Test func emptyDocumentIsNull() throws {
    let node = try read("# only a comment\n")
    #expect(node.isNull)
  }

  @Test func secondDocumentIsAnError() {
    let error = readError("a: 1\n---\nb: 2\n")
    #expect(error?.location?.line == 2)
    #expect(error?.message.contains("expected a single document") == true)
  }
}

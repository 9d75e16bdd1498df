import ECSSim
import Testing

@Suite struct JSONTests {
  // MARK: Serializer

  @Test func compactHasNoSpaces() {
    let v: JSONValue = .object([("a", .int(1)), ("b", .array([.bool(true), .null]))])
    #expect(v.serialized() == #"{"a":1,"b":[true,null]}"#)
  }

  @Test func compactKeepsKeyOrder() {
    let v: JSONValue = ["lastStatus": "RUNNING", "desiredStatus": "RUNNING", "cpu": "256"]
    #expect(v.serialized() == #"{"lastStatus":"RUNNING","desiredStatus":"RUNNING","cpu":"256"}"#)
  }

  @Test func prettyUsesTwoSpacesAndColonSpace() {
    let v: JSONValue = [
      "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/web/abc",
      "containers": [["name": "app", "exitCode": 0]],
      "attachments": [],
      "tags": [:],
      "registeredAt": .double(1560788724.507),
    ]
    let expected = """
      {
        "taskArn": "arn:aws:ecs:us-east-1:123456789012:task/web/abc",
        "containers": [
          {
            "name": "app",
            "exitCode": 0
          }
        ],
        "attachments": [],
        "tags": {},
        "registeredAt": 1560788724.507
      }
      """
    #expect(v.serialized(pretty: true) == expected)
  }

  @Test func prettyScalarsAndEmptyContainersAtTopLevel() {
    #expect(JSONValue.string("x").serialized(pretty: true) == #""x""#)
    #expect(JSONValue.array([]).serialized(pretty: true) == "[]")
    #expect(JSONValue.object([]).serialized(pretty: true) == "{}")
    #expect(JSONValue.array([1, 2]).serialized(pretty: true) == "[\n  1,\n  2\n]")
  }

  @Test func stringEscapes() {
    let s = "say \"hi\"\\ \n\t\r\u{08}\u{0C}\u{01}\u{1F} é 😀 /"
    #expect(JSONValue.string(s).serialized() == #""say \"hi\"\\ \n\t\r\b\f\u0001\u001f é 😀 /""#)
  }

  @Test func stringWithoutEscapesIsCopiedAsIs() {
    #expect(JSONValue.string("").serialized() == #""""#)
    #expect(JSONValue.string("Ünïcödé ✓").serialized() == "\"Ünïcödé ✓\"")
  }

  @Test func doublesPrintDeterministically() {
    #expect(JSONValue.double(1560788724.507).serialized() == "1560788724.507")
    #expect(JSONValue.double(12).serialized() == "12.0")
    #expect(JSONValue.double(0.1).serialized() == "0.1")
    #expect(JSONValue.double(-2.5).serialized() == "-2.5")
    #expect(JSONValue.double(0.25).serialized() == "0.25")
    #expect(JSONValue.double(2.0 / 3.0).serialized() == "0.666667")
    #expect(JSONValue.double(0.0000001).serialized() == "0.0")
    #expect(JSONValue.double(-0.0).serialized() == "0.0")
    #expect(JSONValue.double(1e20).serialized() == "1e+20")
    #expect(JSONValue.double(.nan).serialized() == "null")
    #expect(JSONValue.double(.infinity).serialized() == "null")
    #expect(JSONValue.int(-42).serialized() == "-42")
    #expect(JSONValue.int(.max).serialized() == "9223372036854775807")
  }

  @Test func writeAppendsToAnExistingBuffer() {
    var out = "event: "
    JSONValue.object([("n", 1)]).write(to: &out)
    #expect(out == #"event: {"n":1}"#)
  }

  @Test func equalityIsStructuralAndOrderSensitive() {
    #expect(JSONValue.object([("a", 1), ("b", 2)]) == JSONValue.object([("a", 1), ("b", 2)]))
    #expect(JSONValue.object([("a", 1), ("b", 2)]) != JSONValue.object([("b", 2), ("a", 1)]))
    #expect(JSONValue.int(1) != JSONValue.double(1))
    #expect(JSONValue.array([.null]) != JSONValue.array([]))
  }

  // MARK: Parser

  @Test func parsesScalarsWithTheirKinds() throws {
    let node = try JSONParser.parse(#"{"s": "80", "n": 80, "f": -1.5e3, "t": true, "z": null}"#)
    guard case .scalar("80", quoted: true) = node["s"]?.kind else { Issue.record("s"); return }
    guard case .scalar("80", quoted: false) = node["n"]?.kind else { Issue.record("n"); return }
    guard case .scalar("-1.5e3", quoted: false) = node["f"]?.kind else { Issue.record("f"); return }
    guard case .scalar("true", quoted: false) = node["t"]?.kind else { Issue.record("t"); return }
    #expect(node["z"]?.isNull == true)
  }

  @Test func locationsOfValuesAndKeys() throws {
    let text = """
      {
        "family": "web",
        "containerDefinitions": [
          {"name": "app", "cpu": 256}
        ]
      }
      """
    let root = try JSONParser.parse(text)
    #expect(root.location == ECSSim.SourceLocation(line: 1, column: 1))
    guard case .mapping(let pairs) = root.kind else { Issue.record("not a mapping"); return }
    #expect(pairs[0].key.location == ECSSim.SourceLocation(line: 2, column: 3))
    #expect(pairs[0].value.location == ECSSim.SourceLocation(line: 2, column: 13))
    let list = try #require(root["containerDefinitions"])
    #expect(list.location == ECSSim.SourceLocation(line: 3, column: 27))
    guard case .sequence(let items) = list.kind else { Issue.record("not a list"); return }
    #expect(items[0].location == ECSSim.SourceLocation(line: 4, column: 5))
    #expect(items[0]["cpu"]?.location == ECSSim.SourceLocation(line: 4, column: 28))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let root = try JSONParser.parse(#"{"é😀": "ü", "k": 1}"#)
    #expect(root["k"]?.location == ECSSim.SourceLocation(line: 1, column: 18))
  }

  @Test func stringEscapesIncludingSurrogatePairs() throws {
    let node = try JSONParser.parse(#""a\"b\\c\/d\n\t\r\b\f\u00e9\ud83d\ude00""#)
    #expect(node.scalar == "a\"b\\c/d\n\t\r\u{08}\u{0C}é😀")
  }

  @Test func crlfLineEndings() throws {
    let root = try JSONParser.parse("{\r\n  \"a\": 1\r\n}")
    #expect(root["a"]?.location == ECSSim.SourceLocation(line: 2, column: 8))
  }

  @Test func duplicateKeysAreKeptForTheDecoderToReport() throws {
    let root = try JSONParser.parse(#"{"a": 1, "a": 2}"#)
    guard case .mapping(let pairs) = root.kind else { Issue.record("not a mapping"); return }
    #expect(pairs.count == 2)
  }

  private func parseError(_ text: String) -> LocatedError? {
    do {
      _ = try JSONParser.parse(text)
      return nil
    } catch {
      return error
    }
  }

  @Test func missingCommaBetweenMembers() {
    let e = parseError("{\"a\": 1\n \"b\": 2}")
    #expect(e == LocatedError("expected ',' or '}' after object member, found character '\"'",
                              at: ECSSim.SourceLocation(line: 2, column: 2)))
  }

  @Test func missingCommaBetweenElements() {
    let e = parseError("[1 2]")
    #expect(e == LocatedError("expected ',' or ']' after array element, found character '2'",
                              at: ECSSim.SourceLocation(line: 1, column: 4)))
  }

  @Test func unterminatedStringPointsAtItsOpeningQuote() {
    #expect(parseError(#"{"a": "abc"#) == LocatedError("unterminated string", at: ECSSim.SourceLocation(line: 1, column: 7)))
    #expect(parseError("[\"abc\n\"]") == LocatedError("unterminated string", at: ECSSim.SourceLocation(line: 1, column: 2)))
  }

  @Test func unexpectedCharacters() {
    #expect(parseError("[1, @]") == LocatedError("unexpected character '@'; expected a value",
                                                 at: ECSSim.SourceLocation(line: 1, column: 5)))
    #expect(parseError("{} x") == LocatedError("unexpected character 'x' after the JSON value",
                                                at: ECSSim.SourceLocation(line: 1, column: 4)))
    #expect(parseError("['a']") == LocatedError("unexpected character '''; JSON strings use double quotes",
                                                at: ECSSim.SourceLocation(line: 1, column: 2)))
    #expect(parseError("{\"a\": True}") == LocatedError("'True' is not JSON; write true",
                                                        at: ECSSim.SourceLocation(line: 1, column: 7)))
    #expect(parseError("[nginx]") == LocatedError("unexpected 'nginx'; strings must be in double quotes",
                                                  at: ECSSim.SourceLocation(line: 1, column: 2)))
  }

  @Test func structuralErrors() {
    #expect(parseError("") == LocatedError("expected a JSON value, found end of input", at: ECSSim.SourceLocation(line: 1, column: 1)))
    #expect(parseError("[1,]") == LocatedError("trailing comma before ']'", at: ECSSim.SourceLocation(line: 1, column: 4)))
    #expect(parseError("{\"a\": 1,}") == LocatedError("trailing comma before '}'", at: ECSSim.SourceLocation(line: 1, column: 8)))
    #expect(parseError("{a: 1}") == LocatedError("expected a string key, found 'a'; keys must be in double quotes",
                                                 at: ECSSim.SourceLocation(line: 1, column: 2)))
    #expect(parseError("{\"a\" 1}") == LocatedError("expected ':' after object key, found character '1'",
                                                    at: ECSSim.SourceLocation(line: 1, column: 6)))
    #expect(parseError("[1,\n") == LocatedError("unexpected end of input; expected a value",
                                                at: ECSSim.SourceLocation(line: 2, column: 1)))
    #expect(parseError("{\"a\": 1") == LocatedError("expected ',' or '}' after object member, found end of input",
                                                    at: ECSSim.SourceLocation(line: 1, column: 8)))
  }

  @Test func badNumbersAndEscapes() {
    #expect(parseError("[01]") == LocatedError("invalid number '01'", at: ECSSim.SourceLocation(line: 1, column: 2)))
    #expect(parseError("[1.]") == LocatedError("invalid number '1.'", at: ECSSim.SourceLocation(line: 1, column: 2)))
    #expect(parseError("-") == LocatedError("invalid number '-'", at: ECSSim.SourceLocation(line: 1, column: 1)))
    #expect(parseError(#"["\q"]"#) == LocatedError("invalid escape '\\q' in string", at: ECSSim.SourceLocation(line: 1, column: 3)))
    #expect(parseError(#"["\ud83d"]"#) == LocatedError("unpaired surrogate '\\uD83D' in string",
                                                       at: ECSSim.SourceLocation(line: 1, column: 3)))
    #expect(parseError(#"["\u12"]"#) == LocatedError("invalid \\u escape: expected four hexadecimal digits",
                                                     at: ECSSim.SourceLocation(line: 1, column: 3)))
    #expect(parseError("[\"a\tb\"]") == LocatedError("character U+0009 must be escaped in a string",
                                                     at: ECSSim.SourceLocation(line: 1, column: 4)))
  }

  @Test func deepNestingIsRejected() {
    let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
    #expect(parseError(deep) == LocatedError("nesting deeper than 512 levels", at: ECSSim.SourceLocation(line: 1, column: 513)))
  }

  // MARK: Round trips

  @Test func nodeToJSONValue() throws {
    let node = try JSONParser.parse(#"{"a": [1, 2.5, "x", true, null], "b": {}}"#)
    #expect(node.jsonValue == ["a": [1, 2.5, "x", true, .null], "b": [:]])
    #expect(Node.plain("nginx").jsonValue == .string("nginx"))
    #expect(Node.plain("-3").jsonValue == .int(-3))
    #expect(Node.string("3").jsonValue == .string("3"))
  }

  @Test func roundTripThroughTextCompactAndPretty() throws {
    var random = SeededRandom(seed: 7)
    for _ in 0..<200 {
      let value = randomValue(&random, depth: 0)
      for pretty in [false, true] {
        let text = value.serialized(pretty: pretty)
        let back = try JSONParser.parse(text).jsonValue
        #expect(back == value, "\(text)")
      }
    }
  }

  private func randomValue(_ r: inout SeededRandom, depth: Int) -> JSONValue {
    switch r.int(in: 0...(depth >= 3 ? 4 : 6)) {
    case 0: return .null
    case 1: return .bool(r.int(in: 0...1) == 1)
    case 2: return .int(Int64(r.int(in: -1_000_000...1_000_000)))
    case 3: return .double(Double(r.int(in: -9_999_999...9_999_999)) / 1000)
    case 4:
      let alphabet: [String] = ["a", "Z", " ", "\"", "\\", "\n", "\t", "\u{01}", "é", "😀", "/", "{"]
      return .string((0..<r.int(in: 0...8)).map { _ in alphabet[r.int(in: 0...(alphabet.count - 1))] }.joined())
    case 5: return .array((0..<r.int(in: 0...4)).map { _ in randomValue(&r, depth: depth + 1) })
    default:
      return .object((0..<r.int(in: 0...4)).map { i in ("k\(i)", randomValue(&r, depth: depth + 1)) })
    }
  }
}

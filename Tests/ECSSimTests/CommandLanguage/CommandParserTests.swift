import Testing
@testable import ECSSim

/// The language itself: blank lines and comments, the tokenizer, the `aws` and service
/// prefixes, and the errors every verb shares. Each verb's own flags are tested by service in
/// `CommandParserECSTests`, `CommandParserServiceTests` and `CommandParserSimTests`.
@Suite struct CommandParserTests {
  // MARK: - Lines that are not commands

  @Test func blankAndCommentLinesGiveNil() throws {
    for line in ["", "   ", "\t", "# run the web tier", "   # indented comment"] {
      #expect(try CommandParser.parse(line) == nil, "\(line)")
    }
  }

  @Test func commentAfterACommandIsIgnored() throws {
    #expect(try parse("run-task --task-definition web # three replicas later") == .runTask(RunTaskRequest(taskDefinition: "web")))
  }

  @Test func hashInsideAWordOrQuotesIsNotAComment() throws {
    var expected = RunTaskRequest(taskDefinition: "web")
    expected.startedBy = "a#b"
    expected.group = "# not a comment"
    #expect(try parse("run-task --task-definition web --started-by a#b --group '# not a comment'") == .runTask(expected))
  }

  // MARK: - Tokenizer

  @Test func tokenizerQuotesEscapesAndColumns() throws {
    let tokens = try CommandTokenizer.tokenize(#"a "b c" 'd "e"' f\ g "h\"i" j\k"#)
    #expect(tokens.map(\.text) == ["a", "b c", #"d "e""#, "f g", #"h"i"#, #"j\k"#])
    #expect(tokens.map(\.column) == [1, 3, 9, 17, 22, 29])
    #expect(tokens.map(\.isWhollyQuoted) == [false, true, true, false, true, false])
    #expect(tokens[1].raw == #""b c""#)
  }

  @Test func tokenizerJoinsAdjacentQuotedParts() throws {
    let tokens = try CommandTokenizer.tokenize(#"ab"c d"'e'"#)
    #expect(tokens.map(\.text) == ["abc de"])
    #expect(tokens[0].isWhollyQuoted == false)
  }

  @Test func backslashNStaysLiteralSoEcsConfigCanSplitOnIt() throws {
    let tokens = try CommandTokenizer.tokenize(#"A=1\nB=2 "C=3\nD=4""#)
    #expect(tokens.map(\.text) == [#"A=1\nB=2"#, #"C=3\nD=4"#])
  }

  @Test func unterminatedQuoteIsAnErrorAtTheQuote() {
    #expect(failure(#"run-task --task-definition "web"#) ==
            CommandError(#"unterminated quoted string (missing ")"#, column: 28))
    #expect(failure("stop-task --reason 'oops") ==
            CommandError("unterminated quoted string (missing ')", column: 20))
  }

  // MARK: - Prefixes

  @Test func awsAndServicePrefixesAreOptional() throws {
    var expected = RunTaskRequest(taskDefinition: "web:3")
    expected.cluster = "default"
    expected.count = 2
    #expect(try parse("aws ecs run-task --cluster default --task-definition web:3 --count 2") == .runTask(expected))
    for line in ["run-task --task-definition web", "ecs run-task --task-definition web",
                 "aws run-task --task-definition web"] {
      #expect(try parse(line) == .runTask(RunTaskRequest(taskDefinition: "web")), "\(line)")
    }
    #expect(try parse("aws ecr create-repository --repository-name web") ==
            .createRepository(CreateRepositoryRequest(name: "web", mutability: nil)))
    #expect(try parse("aws sim advance 30s") == .advance(.seconds(30)))
  }

  @Test func prefixWithoutAVerbIsAnError() {
    #expect(failure("aws ecs") == CommandError("expected a command after 'ecs'", column: 5))
    #expect(failure("aws") == CommandError("expected a command after 'aws'", column: 1))
  }

  @Test func awsGlobalOptionsAreIgnored() throws {
    #expect(try parse("aws ecs run-task --region us-east-1 --task-definition web --output json --no-cli-pager --profile=dev")
            == .runTask(RunTaskRequest(taskDefinition: "web")))
  }

  // MARK: - Flag forms

  @Test func flagEqualsValueForm() throws {
    var expected = RunTaskRequest(taskDefinition: "web:7")
    expected.count = 3
    expected.cluster = "my cluster"
    #expect(try parse("run-task --task-definition=web:7 --count=3 --cluster=\"my cluster\"") == .runTask(expected))
  }

  // MARK: - Errors

  @Test func unknownCommand() {
    #expect(failure("rn-task --task-definition web") ==
            CommandError("unknown command 'rn-task'; did you mean 'run-task'?", column: 1))
    #expect(failure("aws ecs rn-task") ==
            CommandError("unknown command 'rn-task'; did you mean 'run-task'?", column: 9))
    #expect(failure("frobnicate") == CommandError("unknown command 'frobnicate'", column: 1))
  }

  @Test func unknownOption() {
    #expect(failure("run-task --taks-definition web") ==
            CommandError("run-task: unknown option '--taks-definition'; did you mean '--task-definition'?", column: 10))
    #expect(failure("stop-task --task t --zzz") ==
            CommandError("stop-task: unknown option '--zzz'; expected one of --cluster, --task, --reason", column: 20))
    #expect(failure("list-clusters --all") ==
            CommandError("list-clusters: unknown option '--all'; list-clusters takes no options", column: 15))
  }

  @Test func missingRequiredOption() {
    #expect(failure("run-task --cluster prod") ==
            CommandError("run-task: missing required option --task-definition", column: 1))
    #expect(failure("aws ecs stop-task") == CommandError("stop-task: missing required option --task", column: 9))
    #expect(failure("drain") == CommandError("drain: missing required option --container-instances", column: 1))
    #expect(failure("update-container-instances-state --container-instances a") ==
            CommandError("update-container-instances-state: missing required option --status", column: 1))
  }

  @Test func badValues() {
    #expect(failure("run-task --task-definition web --count two") ==
            CommandError("run-task: --count expects an integer, got 'two'", column: 40))
    #expect(failure("run web two") == CommandError("run: --count expects an integer, got 'two'", column: 9))
    #expect(failure("run-task --count=x --task-definition web") ==
            CommandError("run-task: --count expects an integer, got 'x'", column: 18))
    #expect(failure("advance soon") ==
            CommandError("advance: --by expects a duration such as 30s, 5m or 1h, got 'soon'", column: 9))
  }

  @Test func missingValues() {
    #expect(failure("run-task --task-definition web --cluster") ==
            CommandError("run-task: --cluster expects a value", column: 32))
    #expect(failure("run-task --task-definition --count 2") ==
            CommandError("run-task: --task-definition expects a value", column: 10))
    #expect(failure("describe-tasks --tasks --cluster x") ==
            CommandError("describe-tasks: --tasks expects one or more values", column: 16))
    #expect(failure("run web --count") == CommandError("run: --count expects an integer", column: 9))
  }

  @Test func repeatedOptionsAndExtraWords() {
    #expect(failure("run-task --task-definition web --count 1 --count 2") ==
            CommandError("run-task: --count is given twice", column: 42))
    #expect(failure("stop t1 t2") == CommandError("stop: unexpected argument 't2'", column: 9))
    #expect(failure("list-clusters now") == CommandError("list-clusters: unexpected argument 'now'", column: 15))
  }

  @Test func switches() {
    #expect(failure("delete-repository web --force=yes") ==
            CommandError("delete-repository: --force takes no value", column: 23))
    #expect(failure("delete-repository web --force --no-force") ==
            CommandError("delete-repository: --force is given twice", column: 31))
  }

  @Test func errorDescriptionNamesTheColumn() {
    #expect(CommandError("run-task: --count expects an integer, got 'two'", column: 40).description ==
            "column 40: run-task: --count expects an integer, got 'two'")
    #expect(CommandError(message: "no column", column: nil).description == "no column")
  }
}

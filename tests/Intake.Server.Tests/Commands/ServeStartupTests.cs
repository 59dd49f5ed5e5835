using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Commands;

/// <summary>
/// `intake serve` refuses to start, with exit code 1 and one line saying why, when it could not
/// serve sources safely: a broken questionnaire, no reviewer key, or a public address.
/// </summary>
public sealed class ServeStartupTests
{
    private static readonly TimeSpan StartFailureTimeout = TimeSpan.FromSeconds(30);

    public static TheoryData<string> BadQuestionnaires => new(BadQuestionnaireCases.Keys);

    private static readonly Dictionary<string, (Func<string> Json, string Problem)> BadQuestionnaireCases = new()
    {
        ["invalid JSON"] = (() => "{\n  \"id\": \"mission-testimony\",\n  \"version\": 1,\n  \"languages\": [\"es\", \"en\"\n}\n", "not valid JSON"),
        ["a duplicate question id"] = (DuplicateQuestionId, "question id \"mission_country\" is already used at sections[0].questions[0]"),
    };

    [Theory]
    [MemberData(nameof(BadQuestionnaires))]
    public void A_bad_questionnaire_stops_serve_with_exit_code_1_and_one_line_naming_the_file(string problem)
    {
        using var directory = new TempDirectory("serve");
        var data = directory.NewPath("data");
        IntakeCommand.AddRecipient(data, DemoReviewer.Recipient);
        var (json, expected) = BadQuestionnaireCases[problem];
        var questionnaire = directory.WriteText("operator's questionnaire.json", json());

        var result = Serve(["--data", data, "--listen", $"127.0.0.1:{FreePort.Next()}", "--questionnaire", questionnaire]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = OneLine(result.Stderr);
        Assert.StartsWith($"intake: {questionnaire}: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_questionnaire_given_with_questionnaire_is_the_one_served()
    {
        using var directory = new TempDirectory("serve");
        var data = directory.NewPath("data");
        IntakeCommand.AddRecipient(data, DemoReviewer.Recipient);
        var json = DefaultQuestionnaire();
        json["sections"]![0]!["questions"]![0]!["label"]!["es"] = "¿En qué país estuvo? (cuestionario del operador)";
        var questionnaire = directory.WriteText("questionnaire.json", json.ToJsonString());

        await using var server = await ServerProcess.StartAsync(data, new Dictionary<string, string?>(), "--questionnaire", questionnaire);
        using var browser = new Browser(server.BaseAddress);
        var form = await browser.GetAsync("/form");

        Assert.Contains("¿En qué país estuvo? (cuestionario del operador)", form.Body, StringComparison.Ordinal);
        Assert.Equal(0, (await server.StopAsync()).ExitCode);
    }

    [Fact]
    public void Without_a_reviewer_key_serve_stops_with_exit_code_1_and_says_how_to_add_one()
    {
        using var directory = new TempDirectory("serve");
        var data = directory.NewPath("data");

        var result = Serve(["--data", data, "--listen", $"127.0.0.1:{FreePort.Next()}"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = OneLine(result.Stderr);
        Assert.StartsWith("intake: No reviewer key is configured", line, StringComparison.Ordinal);
        Assert.Contains($"intake recipients add age1pq1… --label NAME --data {data}", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Intake__MaxConcurrentUploads", "0", "MaxConcurrentUploads")]
    [InlineData("Intake__MaxSubmissionBytes", "10", "MaxSubmissionBytes")]
    [InlineData("Intake__ReceivedDayGranularity", "Hour", "Intake:ReceivedDayGranularity")]
    public void A_bad_setting_stops_serve_with_exit_code_1_and_one_line_naming_it(string variable, string value, string named)
    {
        using var directory = new TempDirectory("serve");
        var data = directory.NewPath("data");
        IntakeCommand.AddRecipient(data, DemoReviewer.Recipient);

        var result = ProcessRunner.Run(ProcessSpec.Dotnet(RepositoryPaths.IntakeDll, ["serve", "--data", data, "--listen", $"127.0.0.1:{FreePort.Next()}"]) with
        {
            Environment = new Dictionary<string, string?> { [variable] = value },
            Timeout = StartFailureTimeout,
        });

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = OneLine(result.Stderr);
        Assert.StartsWith("intake: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("[::]")]
    [InlineData("192.0.2.10")]
    public void A_public_address_is_refused_without_allow_public_address(string address)
    {
        using var directory = new TempDirectory("serve");
        var data = directory.NewPath("data");
        IntakeCommand.AddRecipient(data, DemoReviewer.Recipient);
        var port = FreePort.Next();

        var result = Serve(["--data", data, "--listen", $"{address}:{port}"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = OneLine(result.Stderr);
        Assert.StartsWith($"intake: Refusing to listen on {address.Trim('[', ']')}", line, StringComparison.Ordinal);
        Assert.Contains("--allow-public-address", line, StringComparison.Ordinal);
        Assert.False(Listening(port), $"something listens on port {port} after the refusal");
    }

    [Fact]
    public async Task A_public_address_is_served_with_allow_public_address()
    {
        using var directory = new TempDirectory("serve");
        var data = directory.NewPath("data");
        IntakeCommand.AddRecipient(data, DemoReviewer.Recipient);
        var port = FreePort.Next();

        await using var server = await ServerProcess.StartAsync(
            ["--data", data, "--listen", $"0.0.0.0:{port}", "--allow-public-address"],
            new Dictionary<string, string?>(),
            new Uri($"http://127.0.0.1:{port}/"));

        Assert.Equal(0, (await server.StopAsync()).ExitCode);
    }

    private static ProcessResult Serve(IReadOnlyList<string> arguments) =>
        ProcessRunner.Run(ProcessSpec.Dotnet(RepositoryPaths.IntakeDll, ["serve", .. arguments]) with { Timeout = StartFailureTimeout });

    private static string OneLine(string stderr)
    {
        var text = stderr.TrimEnd('\n');
        Assert.False(string.IsNullOrWhiteSpace(text), "nothing on stderr");
        Assert.True(!text.Contains('\n', StringComparison.Ordinal), $"stderr has more than one line:\n{stderr}");
        return text;
    }

    private static bool Listening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static JsonObject DefaultQuestionnaire() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Intake.Questionnaires", "default-questionnaire.json")))!.AsObject();

    private static string DuplicateQuestionId()
    {
        var json = DefaultQuestionnaire();
        var questions = json["sections"]![0]!["questions"]!.AsArray();
        Assert.Equal("mission_country", (string?)questions[0]!["id"]);
        questions[2]!["id"] = "mission_country";
        return json.ToJsonString();
    }
}

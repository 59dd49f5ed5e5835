using Intake.Questionnaires;
using System.CommandLine;
using Intake.Server.Export;
using Intake.Server.Hosting;
using Intake.Server.Questionnaire;
using Intake.Storage;
using Microsoft.Extensions.Options;

namespace Intake.Server.Commands;

/// <summary>`intake serve --data DIR (--socket PATH | --listen 127.0.0.1:PORT)`.</summary>
internal static class ServeCommand
{
    public static Command Build()
    {
        var data = CommandOptions.Data();
        var socket = new Option<string?>("--socket") { Description = "Listen on this Unix socket (what Tor forwards the onion service to)." };
        var listen = new Option<string?>("--listen") { Description = "Listen on this loopback address and port, e.g. 127.0.0.1:8080." };
        var allowPublic = new Option<bool>("--allow-public-address") { Description = "Allow --listen on a non-loopback address. Sources should reach the service only through Tor." };
        var questionnaire = new Option<string?>("--questionnaire") { Description = "Use this questionnaire file instead of the default one." };
        var command = new Command("serve", "Run the intake service.") { data, socket, listen, allowPublic, questionnaire };
        command.SetAction(parse =>
        {
            var endpoint = parse.GetValue(listen) is { } text ? IntakeApp.ParseEndpoint(text) : null;
            var settings = new ServeSettings(parse.GetValue(data)!, parse.GetValue(socket), endpoint, parse.GetValue(questionnaire));
            settings.CheckBinding(parse.GetValue(allowPublic));
            return Run(settings);
        });
        return command;
    }

    private static int Run(ServeSettings settings)
    {
        var app = IntakeApp.Create(settings);
        // Load what the service needs now, so a bad questionnaire or a missing key stops the
        // start with a clear message instead of failing the first source.
        app.Services.GetRequiredService<QuestionnaireDefinition>();
        if (app.Services.GetRequiredService<RecipientStore>().List().Count == 0)
        {
            throw new CommandException(
                $"No reviewer key is configured, so nothing could be encrypted. Add the reviewers' public keys first: intake recipients add age1pq1… --label NAME --data {settings.DataDirectory}");
        }
        // Made now, so the operator can give reviewers its public key before the first export.
        ExportKeyFile.LoadOrCreate(app.Services.GetRequiredService<IOptions<IntakeOptions>>().Value.DataDirectory).Dispose();
        var removed = app.Services.GetRequiredService<SubmissionStore>().DeleteIncompleteAsync().GetAwaiter().GetResult();
        if (removed > 0)
        {
            Log.IncompleteUploadsRemoved(app.Logger, removed);
        }
        app.Run();
        return 0;
    }
}

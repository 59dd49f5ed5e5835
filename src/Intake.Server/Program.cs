using Intake.Questionnaires;
using System.CommandLine;
using Intake.Bundles;
using Intake.Crypto.Recipients;
using Intake.Server.Commands;
using Intake.Server.Questionnaire;
using Intake.Storage;
using Microsoft.Extensions.Options;

try
{
    var parse = IntakeCommandLine.Build(Console.Out, Console.IsErrorRedirected ? null : Console.Error).Parse(args);
    if (parse.Errors.Count > 0)
    {
        Console.Error.WriteLine($"intake: {parse.Errors[0].Message} (see intake --help)");
        return 2;
    }
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OptionsValidationException e)
{
    Console.Error.WriteLine($"intake: invalid setting: {string.Join(" ", e.Failures)}");
    return 1;
}
catch (System.Data.Common.DbException e)
{
    Console.Error.WriteLine($"intake: the database could not be read or written ({e.Message}). Nothing was changed: check the disk has free space and no other intake command is running, then try again.");
    return 1;
}
catch (Exception e) when (e is CommandException or KeyFormatException or BundleException or QuestionnaireException or StorageException
    or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"intake: {e.Message}");
    return 1;
}

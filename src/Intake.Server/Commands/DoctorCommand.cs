using System.CommandLine;
using Intake.Server.Doctor;
using Intake.Server.Hosting;
using Intake.Storage;

namespace Intake.Server.Commands;

/// <summary>`intake doctor`: checks the deployment and says how to fix each thing that fails; exit 1 on any failure.</summary>
internal static class DoctorCommand
{
    public static Command Build(TextWriter output)
    {
        var data = CommandOptions.Data();
        var torrc = new Option<string>("--torrc") { Description = "Tor's configuration file.", DefaultValueFactory = _ => TorConfigCheck.DefaultTorrc };
        var socket = new Option<string>("--socket") { Description = "The Unix socket the service listens on.", DefaultValueFactory = _ => "/run/intake/intake.sock" };
        var command = new Command("doctor", "Check the deployment: keys, permissions, binding, Tor, disk.") { data, torrc, socket };
        command.SetAction(parse =>
        {
            var directory = Path.GetFullPath(parse.GetValue(data)!);
            if (!Directory.Exists(directory))
            {
                throw new CommandException($"There is no data directory {directory}. Give the one `intake serve --data` uses.");
            }

            var database = IntakeDatabase.Open(DataDirectory.DatabasePath(directory));
            var results = new[]
            {
                StorageChecks.Database(database),
                StorageChecks.Recipients(database),
                StorageChecks.ExportKey(directory),
                SecretKeyScan.Run(directory),
                PermissionChecks.DataDirectory(directory),
                ListenerCheck.Run(),
                TorConfigCheck.Run(parse.GetValue(torrc)!, parse.GetValue(socket)!),
                StorageChecks.DiskSpace(directory, new IntakeOptions().FreeDiskFloorBytes),
            };
            foreach (var result in results)
            {
                output.WriteLine(result);
            }

            var failed = results.Count(result => !result.Passed);
            output.WriteLine(failed == 0 ? "All checks passed." : $"{failed} check(s) failed; fix them as each line says, then run intake doctor again.");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}

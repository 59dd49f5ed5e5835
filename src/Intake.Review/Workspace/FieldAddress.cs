using System.Text;

namespace Intake.Review.Workspace;

/// <summary>
/// Where an encrypted value lives: table, column and row. It is the associated data of the
/// value's encryption, so a value copied into another row or column no longer decrypts.
/// </summary>
internal readonly record struct FieldAddress(string Table, string Column, string Row)
{
    private const string Domain = "testimonio-review/v1";

    public byte[] ToAssociatedData() => Encoding.UTF8.GetBytes($"{Domain}\0{Table}\0{Column}\0{Row}");

    public override string ToString() => $"{Table}.{Column} of row {Row}";
}

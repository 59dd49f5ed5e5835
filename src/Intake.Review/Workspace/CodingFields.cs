using Intake.Review.Coding;

namespace Intake.Review.Workspace;

/// <summary>The addresses of a code application's sealed value and memo: its whole natural key, so neither can be moved to another application.</summary>
internal static class CodingFields
{
    public static FieldAddress Value(CodeApplication application) => new("code_applications", "value", Row(application));

    public static FieldAddress Memo(CodeApplication application) => new("code_applications", "memo", Row(application));

    private static string Row(CodeApplication a) =>
        $"{TestimonyFields.Row(a.TestimonyId)}/{a.CodeId}/{a.Coder}/{a.Passage?.Start ?? -1}-{a.Passage?.End ?? -1}/{(a.Adjudicated ? 1 : 0)}";
}

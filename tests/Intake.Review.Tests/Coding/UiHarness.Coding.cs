using Intake.Review.Coding;
using Intake.Review.Ui;
using Intake.Review.Workspace;

namespace Intake.Review.Tests.Ui;

/// <summary>The UI over a real workspace, with coding (its <see cref="Catalog"/> is then an unused empty one).</summary>
internal sealed partial class UiHarness
{
    public static async Task<UiHarness> StartAsync(ReviewWorkspace workspace) =>
        new(await ReviewUiServer.StartAsync(workspace.Catalog, new WorkspaceCoding(workspace), CancellationToken.None), new InMemoryCatalog());
}

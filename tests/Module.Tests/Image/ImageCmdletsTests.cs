using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Image;

/// <summary>Tag, remove, history, save/load, prune and commit through the cmdlets; the docker CLI is the oracle.</summary>
public sealed class ImageCmdletsTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();
    private readonly List<string> _tags = [];

    public ImageCmdletsTests(PowerShellSession ps) => _ps = ps;

    public void Dispose()
    {
        foreach (string tag in _tags)
        {
            try
            {
                DockerCli.Run("rmi", tag);
            }
            catch (InvalidOperationException)
            {
            }
        }
        _objects.Dispose();
    }

    private string Tag(string suffix, bool create = true)
    {
        string tag = $"containers-test/ct-{_objects.RunId}-{suffix}:v1";
        _tags.Add(tag);
        if (create)
        {
            DockerCli.Run("tag", TestObjects.Image, tag);
        }
        return tag;
    }

    private static bool Exists(string reference)
    {
        try
        {
            DockerCli.Run("image", "inspect", reference);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [Fact]
    public void AddsTagsAndPassesTheImageThrough()
    {
        string tag = Tag("added", create: false);
        ContainerImageInfo image = Assert.Single(_ps.Run("Get-ContainerImage $args[0] | Add-ContainerImageTag -Tag $args[1] -PassThru", TestObjects.Image, tag).AssertNoErrors().Objects<ContainerImageInfo>());
        Assert.Contains(tag, image.RepoTags);
        Assert.Equal(tag, image.ToString());
        Assert.Equal(DockerCli.Run("image", "inspect", "--format", "{{.Id}}", TestObjects.Image), image.Id);
    }

    [Fact]
    public void RemovesEachGoodReferenceAndReportsTheUnknownOneMidList()
    {
        string first = Tag("rm1");
        string second = Tag("rm2");
        PowerShellSession.Result result = _ps.Run("Remove-ContainerImage $args[0], $args[1], $args[2] -Confirm:$false", first, "no-such-image:" + _objects.RunId, second);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ImageNotFound,Containers.RemoveContainerImageCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.False(Exists(first));
        Assert.False(Exists(second));
        Assert.True(Exists(TestObjects.Image));
    }

    [Fact]
    public void WhatIfRemovesNothingAndAnImageWithSeveralTagsNeedsForceById()
    {
        string tag = Tag("whatif");
        _ps.Run("Remove-ContainerImage $args[0] -WhatIf", tag).AssertNoErrors();
        Assert.True(Exists(tag));
        // By id, an image with several tags is refused without -Force, as docker rmi does.
        ErrorRecord error = Assert.Single(_ps.Run("Get-ContainerImage $args[0] | Remove-ContainerImage -Confirm:$false", tag).Errors);
        Assert.Equal(ErrorCategory.ResourceBusy, error.CategoryInfo.Category);
        Assert.True(Exists(tag));
    }

    [Fact]
    public void HistoryListsTheLayersDockerHistoryLists()
    {
        ContainerImageHistoryInfo[] history = _ps.Run("Get-ContainerImageHistory $args[0]", TestObjects.Image).AssertNoErrors().Objects<ContainerImageHistoryInfo>();
        Assert.Equal(DockerCli.Lines("history", "--no-trunc", "--format", "{{.ID}}", TestObjects.Image), history.Select(h => h.Id));
        ErrorRecord error = Assert.Single(_ps.Run("Get-ContainerImageHistory $args[0]", "no-such-image:" + _objects.RunId).Errors);
        Assert.Equal("ImageNotFound,Containers.GetContainerImageHistoryCommand", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void ExportThenImportGivesBackTheImageAndDockerLoadReadsTheArchive()
    {
        string tag = Tag("saved");
        string id = DockerCli.Run("image", "inspect", "--format", "{{.Id}}", tag);
        string tar = Path.Combine(Path.GetTempPath(), $"ct-{_objects.RunId}.tar");
        try
        {
            FileInfo file = Assert.Single(_ps.Run("Export-ContainerImage $args[0] -Path $args[1]", tag, tar).AssertNoErrors().Objects<FileInfo>());
            Assert.True(file.Length > 0);
            ErrorRecord exists = Assert.Single(_ps.Run("Export-ContainerImage $args[0] -Path $args[1]", tag, tar).Errors);
            Assert.Equal("FileExists,Containers.ExportContainerImageCommand", exists.FullyQualifiedErrorId);

            DockerCli.Run("rmi", tag);
            ContainerImageInfo loaded = Assert.Single(_ps.Run("Get-Item $args[0] | Import-ContainerImage", tar).AssertNoErrors().Objects<ContainerImageInfo>());
            Assert.Equal(id, loaded.Id);
            Assert.Contains(tag, loaded.RepoTags);

            DockerCli.Run("rmi", tag);
            Assert.Contains("Loaded image: " + tag, DockerCli.Run("load", "-i", tar), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(tar);
        }
    }

    [Fact]
    public void ExportingAnUnknownImageLeavesNoFile()
    {
        string tar = Path.Combine(Path.GetTempPath(), $"ct-{_objects.RunId}-none.tar");
        ErrorRecord error = Assert.Single(_ps.Run("Export-ContainerImage $args[0] -Path $args[1]", "no-such-image:" + _objects.RunId, tar).Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.False(File.Exists(tar));
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(tar) + ".partial-*"));
    }

    [Fact]
    public void ConvertToContainerImageCommitsAndClearContainerImageRemovesItWhenUnused()
    {
        string container = _objects.CreateOnly("commit");
        string tag = Tag("committed", create: false);
        ContainerImageInfo image = Assert.Single(_ps.Run("ConvertTo-ContainerImage $args[0] -Reference $args[1] -Message 'from a test' -Change ('LABEL ' + $args[2])",
            container, tag, _objects.Label).AssertNoErrors().Objects<ContainerImageInfo>());
        Assert.Equal(DockerCli.Run("image", "inspect", "--format", "{{.Id}}", tag), image.Id);
        Assert.Equal("from a test", DockerCli.Run("image", "inspect", "--format", "{{.Comment}}", tag));

        // Unused once its only container is gone; -WhatIf keeps it, -All removes it (only our label is targeted).
        DockerCli.Run("rm", container);
        _ps.Run("Clear-ContainerImage -All -Label $args[0] -WhatIf", _objects.Label).AssertNoErrors();
        Assert.True(Exists(tag));
        global::Containers.Engine.Models.PruneResult result = Assert.Single(_ps.Run("Clear-ContainerImage -All -Label $args[0] -Confirm:$false", _objects.Label).AssertNoErrors().Objects<global::Containers.Engine.Models.PruneResult>());
        Assert.Contains(tag, result.Untagged);
        Assert.False(Exists(tag));
    }
}

using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>A rule that reads the semantic model (stages, variable scopes) rather than the syntax tree alone.</summary>
internal abstract class SemanticRule : DockerfileRule
{
    public sealed override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics) =>
        Analyze(RuleScope.WholeFile(DockerfileSemanticModel.Create(syntax), DockerfileAnalyzerOptions.Default), diagnostics);

    /// <summary>Reads <see cref="RuleScope.Stages"/>, <see cref="RuleScope.VariableReferences"/> and <see cref="RuleScope.StageReferences"/> (the segment's); the model for the rest.</summary>
    public abstract override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics);
}

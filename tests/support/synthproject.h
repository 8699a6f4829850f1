#pragma once

#include <models/project.h>

namespace crossread::test {

struct SynthOptions
{
    int articles = 20;
    int articleChars = 5000; ///< approximate length of each article's text
    int claims = 200;
    int links = 100;
    int propositions = 20;
    int tags = 30;
    quint32 seed = 1;
    /// Claims are made article by article, in reading order, as annotators
    /// work; scattered puts each claim on a random article instead (the
    /// worst case for memory locality).
    bool scatterClaims = false;
};

/// A deterministic project of the given size, built directly (not through
/// Document): texts mixing Latin, Cyrillic, Arabic and emoji; claims on
/// word spans, some overlapping, article by article; links between claims of
/// any articles; propositions of disjoint claims; a two-level codebook. The same
/// options and seed always give the same project, and it passes
/// validateProject().
Project synthesizeProject(const SynthOptions &options);

} // namespace crossread::test

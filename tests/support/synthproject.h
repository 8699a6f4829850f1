#pragma once

#include <models/project.h>

namespace crossread::test {

struct SynthOptions
{
    int articles = 20;
    int articleChars = 5000; ///< approximate length of each article's text
    int claims = 200;
    int links = 100;
    int propositions = 20; ///< groups joined by grouping links (more form where random links join)
    int propositionSize = 4; ///< claims per group, from as many articles as the claims are spread over
    int tags = 30;
    quint32 seed = 1;
    /// Claims are made article by article, in reading order, as annotators
    /// work; scattered puts each claim on a random article instead (the
    /// worst case for memory locality).
    bool scatterClaims = false;
};

/// The options for a project of `articles`, `claims` and about `links`
/// links in all: a tenth of the links' number in propositions of four claims
/// (three grouping links each), the rest between random claims. The sizes of
/// the benchmarks and of crossread-synth.
SynthOptions scaleOptions(int articles, int claims, int links, quint32 seed = 1);

/// A deterministic project of the given size, built directly (not through
/// Document): texts mixing Latin, Cyrillic, Arabic and emoji; claims on
/// word spans, some overlapping, article by article; links between claims of
/// any articles; propositions derived from them (every other one labelled);
/// a two-level codebook. The same
/// options and seed always give the same project, and it passes
/// validateProject().
Project synthesizeProject(const SynthOptions &options);

} // namespace crossread::test

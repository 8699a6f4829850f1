#pragma once

// The table bench_scale prints after Google Benchmark's lines: a row per
// measurement, a column per project size, each beside its baseline, then
// the counters (memory, the GUI thread's stand-stills, the worst keystroke,
// start-up) on lines of their own.

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <span>
#include <string>
#include <vector>

namespace crossread::bench {

/// A synthetic project's size.
struct Size
{
    const char *key;
    const char *title;
    int articles;
    int claims;
    int links;
};

/// A measurement, run at every size.
struct Row
{
    const char *key;
    const char *label;
    void (*run)(benchmark::State &, const Size &);
    const char *baselineKey = nullptr; ///< the row measured beside it
    const char *target = "";
    int iterationsSmall = 3;
    int iterationsLarge = 1;
    bool manualTime = false;
};

struct Result
{
    double ms = -1;
    std::map<std::string, double> counters;
    std::string error;
};

/// Google Benchmark's lines as usual, then one table of every row.
class TableReporter : public benchmark::ConsoleReporter
{
public:
    explicit TableReporter(std::span<const Row> rows)
        : m_rows(rows)
    {
    }

    std::map<std::string, Result> results; // "row/size" → result

    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            Result &r = results[run.run_name.function_name];
            if (run.error_occurred) {
                r.error = run.error_message;
                continue;
            }
            r.ms = run.GetAdjustedRealTime(); // the rows run in milliseconds
            for (const auto &[name, counter] : run.counters)
                r.counters[name] = counter.value;
        }
        ConsoleReporter::ReportRuns(runs);
    }

    void printTable(const std::vector<const Size *> &sizes) const
    {
        std::printf("\nCrossread at scale: articles / claims / links\n");
        std::printf("%-40s", "");
        for (const Size *s : sizes)
            std::printf(" | %-31s", s->title);
        std::printf(" | target (1M)\n%-40s", "");
        for (size_t i = 0; i < sizes.size(); ++i)
            std::printf(" | %13s %17s", "Crossread", "baseline");
        std::printf(" |\n");
        for (const Row &row : m_rows) {
            if (!*row.label)
                continue; // a baseline, printed beside its row
            std::printf("%-40s", row.label);
            for (const Size *s : sizes) {
                std::printf(" | %13s %17s", cell(row.key, *s).c_str(),
                            row.baselineKey ? baselineCell(row.baselineKey, *s).c_str() : "");
            }
            std::printf(" | %s\n", row.target);
        }
        for (const Size *s : sizes) {
            const auto it = results.find(std::string("open/") + s->key);
            if (it == results.end() || it->second.ms < 0)
                continue;
            const auto &c = it->second.counters;
            std::printf("memory, %s: peak %.0f MB more while opening; %.0f bytes a claim beyond the article texts "
                        "(target < 1,024)\n",
                        s->title, c.count("peak_MB") ? c.at("peak_MB") : 0.0,
                        c.count("bytes_per_claim") ? c.at("bytes_per_claim") : 0.0);
        }
        const auto counter = [&](const char *key, const Size *s, const char *name) {
            const auto it = results.find(std::string(key) + "/" + s->key);
            return it == results.end() || !it->second.counters.count(name) ? -1.0 : it->second.counters.at(name);
        };
        const auto worst = [&](const char *key, const Size *s) {
            const auto it = results.find(std::string(key) + "/" + s->key);
            return it == results.end() || !it->second.counters.count("worst_ms") ? -1.0
                                                                                 : it->second.counters.at("worst_ms");
        };
        for (const Size *s : sizes) {
            std::printf("GUI thread, %s: longest stand-still opening %.0f ms, saving %.0f ms, marking a pane's "
                        "differing values %.1f ms, raising the matrix %.1f ms, exporting the report %.1f ms "
                        "(target < 100 ms)\n",
                        s->title, counter("open", s, "frozen_ms"), counter("save_window", s, "frozen_ms"),
                        counter("pane_marks", s, "frozen_ms"), counter("matrix_window", s, "frozen_ms"),
                        counter("report_window", s, "frozen_ms"));
        }
        for (const Size *s : sizes) {
            std::printf("filter, %s: worst keystroke %.1f ms (QSortFilterProxyModel %.1f ms)\n", s->title,
                        worst("filter", s), worst("filter_qsfpm", s));
        }
        if (const auto it = results.find("startup"); it != results.end() && it->second.ms >= 0)
            std::printf(
                "start-up: `crossread --demo` interactive after %.0f ms, mean of 5 launches (target < 400 ms)\n",
                it->second.ms);
    }

private:
    std::span<const Row> m_rows;

    std::string format(const std::string &key) const
    {
        const auto it = results.find(key);
        if (it == results.end())
            return "-";
        if (!it->second.error.empty())
            return "failed";
        char text[32];
        const double ms = it->second.ms;
        if (ms >= 1000)
            std::snprintf(text, sizeof text, "%.2f s", ms / 1000);
        else if (ms >= 10)
            std::snprintf(text, sizeof text, "%.0f ms", ms);
        else
            std::snprintf(text, sizeof text, "%.2f ms", ms);
        return text;
    }
    std::string cell(const char *row, const Size &s) const { return format(std::string(row) + "/" + s.key); }
    std::string baselineCell(const char *row, const Size &s) const
    {
        const std::string value = cell(row, s);
        return value == "-" ? value : (std::string(row).find("xml") != std::string::npos ? "XML " : "QSFPM ") + value;
    }
};

} // namespace crossread::bench

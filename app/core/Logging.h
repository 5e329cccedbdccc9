#pragma once

#include <QString>
#include <memory>
#include <spdlog/spdlog.h>

namespace warden {

/// Sets up spdlog: a rotating file in `logDirectory` (5 × 2 MB), created only when the first line
/// is written, plus stderr when asked for; one named logger per subsystem (core, core.audit,
/// core.auth, storage, ui, cli), and Qt's messages forwarded. Log lines carry events and error
/// strings only, never a password, code or secret.
class Logging
{
public:
    enum class Stderr {
        Warnings, ///< warnings and errors, or more when `level` is more verbose than info (the GUI)
        AtLevel, ///< everything at `level` (wardenctl with --log-level)
        Off, ///< nothing: stderr is for the messages meant for a person (wardenctl by default)
    };
    static void initialize(const QString& logDirectory, const QString& level = QStringLiteral("info"),
                           Stderr toStderr = Stderr::Warnings);
    static bool isValidLevel(const QString& level);
    static QString logFilePath(const QString& logDirectory);
};

/// The subsystem's logger, or the default logger before initialize() (tests, early start-up).
std::shared_ptr<spdlog::logger> logger(const char* subsystem);

} // namespace warden

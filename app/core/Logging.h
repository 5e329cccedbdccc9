#pragma once

#include <QString>
#include <memory>
#include <spdlog/spdlog.h>

namespace warden {

/// Sets up spdlog: a rotating file in `logDirectory` (5 × 2 MB) plus stderr, one named logger
/// per subsystem (core, core.audit, core.auth, storage, ui, cli), and Qt's messages forwarded.
/// Log lines carry events and error strings only, never a password, code or secret.
class Logging
{
public:
    static void initialize(const QString& logDirectory, const QString& level = QStringLiteral("info"));
    static bool isValidLevel(const QString& level);
    static QString logFilePath(const QString& logDirectory);
};

/// The subsystem's logger, or the default logger before initialize() (tests, early start-up).
std::shared_ptr<spdlog::logger> logger(const char* subsystem);

} // namespace warden

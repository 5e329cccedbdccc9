#include "Logging.h"

#include <QDir>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace warden {

namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    auto logger = spdlog::get("qt");
    if (!logger) {
        return;
    }
    const std::string text = message.toStdString();
    const char* category = context.category != nullptr ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("[{}] {}", category, text);
        break;
    }
}

} // namespace

std::shared_ptr<spdlog::logger> logger(const char* subsystem)
{
    auto found = spdlog::get(subsystem);
    return found ? found : spdlog::default_logger();
}

QString Logging::logFilePath(const QString& logDirectory)
{
    return QDir(logDirectory).filePath(QStringLiteral("warden.log"));
}

bool Logging::isValidLevel(const QString& level)
{
    return spdlog::level::from_str(level.toStdString()) != spdlog::level::off || level == QLatin1String("off");
}

void Logging::initialize(const QString& logDirectory, const QString& level)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    stderrSink->set_level(spdlog::level::warn);
    sinks.push_back(stderrSink);
    if (!logDirectory.isEmpty() && QDir().mkpath(logDirectory)) {
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFilePath(logDirectory).toStdString(), 2 * 1024 * 1024, 5));
        } catch (const spdlog::spdlog_ex& error) {
            std::fprintf(stderr, "warden: cannot open the log file: %s\n", error.what());
        }
    }
    const auto parsed = spdlog::level::from_str(level.toStdString());
    spdlog::drop_all();
    for (const char* name : {"core", "core.audit", "core.auth", "storage", "ui", "cli", "qt"}) {
        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(parsed);
        logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%n] %l: %v");
        spdlog::register_logger(logger);
    }
    auto fallback = spdlog::get("core");
    spdlog::set_default_logger(fallback);
    if (parsed <= spdlog::level::info) {
        // The stderr sink shows what was asked for when it is more verbose than warnings.
        stderrSink->set_level(parsed == spdlog::level::info ? spdlog::level::warn : parsed);
    }
    spdlog::flush_on(spdlog::level::info);
    qInstallMessageHandler(forwardQtMessage);
}

} // namespace warden

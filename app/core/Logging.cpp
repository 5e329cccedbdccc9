#include "Logging.h"

#include <QDir>
#include <mutex>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace warden {

namespace {

const char* const kPattern = "%Y-%m-%dT%H:%M:%S.%e%z [%n] %l: %v";

/// The rotating log file, opened by the first line written: a run that logs nothing (a refused
/// start without a keychain, say) leaves no file behind.
class LazyRotatingFileSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit LazyRotatingFileSink(QString directory)
        : m_directory(std::move(directory))
    { }

protected:
    void sink_it_(const spdlog::details::log_msg& message) override
    {
        if (!m_file && !m_failed) {
            open();
        }
        if (m_file) {
            m_file->log(message);
        }
    }
    void flush_() override
    {
        if (m_file) {
            m_file->flush();
        }
    }

private:
    void open()
    {
        m_failed = true;
        if (!QDir().mkpath(m_directory)) {
            std::fprintf(stderr, "warden: cannot create the log folder %s\n", qPrintable(m_directory));
            return;
        }
        try {
            m_file = std::make_unique<spdlog::sinks::rotating_file_sink_st>(
                Logging::logFilePath(m_directory).toStdString(), 2 * 1024 * 1024, 5);
            m_file->set_pattern(kPattern);
            m_failed = false;
        } catch (const spdlog::spdlog_ex& error) {
            std::fprintf(stderr, "warden: cannot open the log file: %s\n", error.what());
        }
    }

    QString m_directory;
    std::unique_ptr<spdlog::sinks::rotating_file_sink_st> m_file;
    bool m_failed = false;
};

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

void Logging::initialize(const QString& logDirectory, const QString& level, Stderr toStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    stderrSink->set_level(spdlog::level::warn);
    if (toStderr != Stderr::Off) {
        sinks.push_back(stderrSink);
    }
    if (!logDirectory.isEmpty()) {
        sinks.push_back(std::make_shared<LazyRotatingFileSink>(logDirectory));
    }
    const auto parsed = spdlog::level::from_str(level.toStdString());
    spdlog::drop_all();
    for (const char* name : {"core", "core.audit", "core.auth", "storage", "ui", "cli", "qt"}) {
        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(parsed);
        logger->set_pattern(kPattern);
        spdlog::register_logger(logger);
    }
    auto fallback = spdlog::get("core");
    spdlog::set_default_logger(fallback);
    if (toStderr == Stderr::AtLevel) {
        stderrSink->set_level(parsed);
    } else if (parsed <= spdlog::level::info) {
        // The stderr sink shows what was asked for when it is more verbose than warnings.
        stderrSink->set_level(parsed == spdlog::level::info ? spdlog::level::warn : parsed);
    }
    spdlog::flush_on(spdlog::level::info);
    qInstallMessageHandler(forwardQtMessage);
}

} // namespace warden

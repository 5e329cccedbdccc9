#include "WatchCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <csignal>

namespace warden {

namespace {

volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int /*signal*/)
{
    interrupted = 1;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString WatchCommand::name() const
{
    return QStringLiteral("watch");
}

QString WatchCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  watch [--account CODE] [--json]\n"
              "           prints each change other consoles make, as it happens, until Ctrl+C; --json: one\n"
              "           object per line {\"seq\", \"kind\", \"account\", \"role\", \"user\", \"actor\", …}");
}

QList<QCommandLineOption> WatchCommand::options() const
{
    return valueOptions({QStringLiteral("account")});
}

Status WatchCommand::refreshVisible()
{
    auto visible = core().accounts().visibleAccounts(actor());
    if (!visible) {
        return visible.refusal();
    }
    m_visible.clear();
    for (const Account& account : visible.value()) {
        m_visible.insert(account.id);
    }
    return {};
}

void WatchCommand::show(const ChangeRecord& record)
{
    if (record.kind == Changed::Accounts) {
        // A new account (or a partner link) may change what this administrator sees.
        (void)refreshVisible();
    }
    // Only what the signed-in administrator may see; a change outside every account says no more
    // than that something of its kind changed.
    const bool ofAccount = record.accountId != 0;
    if ((ofAccount && !m_visible.contains(record.accountId))
        || (m_onlyAccount != 0 && record.accountId != m_onlyAccount)) {
        return;
    }
    const QString kind = ChangeRecord::kindName(record.kind);
    if (context().jsonOutput) {
        QJsonObject json {{QStringLiteral("seq"), record.seq},
                          {QStringLiteral("kind"), kind},
                          {QStringLiteral("account"), ofAccount ? textOrNull(record.accountCode) : QJsonValue()},
                          {QStringLiteral("role"), ofAccount ? textOrNull(record.roleName) : QJsonValue()},
                          {QStringLiteral("user"), ofAccount ? textOrNull(record.user) : QJsonValue()},
                          {QStringLiteral("actor"), ofAccount ? textOrNull(record.actor) : QJsonValue()},
                          {QStringLiteral("auditSeq"), ofAccount ? QJsonValue(record.auditSeq) : QJsonValue()},
                          {QStringLiteral("at"), record.at.toUTC().toString(Qt::ISODateWithMs)}};
        context().out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    } else {
        QStringList parts {QString::number(record.seq), record.at.toLocalTime().toString(Qt::ISODate), kind};
        if (ofAccount) {
            parts << record.accountCode;
            if (!record.roleName.isEmpty()) {
                parts << record.roleName;
            }
            if (!record.user.isEmpty()) {
                parts << record.user;
            }
            parts << tr("by %1").arg(record.actor);
        }
        context().out() << parts.join(QStringLiteral("  ")) << '\n';
    }
    context().out().flush();
}

int WatchCommand::execute()
{
    if (option(QStringLiteral("account"))) {
        auto account = accountOption();
        if (!account) {
            return fail(account.refusal());
        }
        m_onlyAccount = account.value().id;
    }
    if (Status visible = refreshVisible(); !visible) {
        return fail(visible.refusal());
    }
    ChangeFeed& feed = core().feed();
    QObject::connect(&feed, &ChangeFeed::received, [this](const QList<ChangeRecord>& records) {
        for (const ChangeRecord& record : records) {
            show(record);
        }
    });
    QObject::connect(&feed, &ChangeFeed::onlineChanged, [this](bool online, const QString& problem) {
        context().err() << (online ? tr("The database server answers again; caught up.")
                                   : tr("Offline: %1 Retrying…").arg(problem))
                        << Qt::endl;
    });
    if (Status started = feed.start(); !started) {
        return fail(started.refusal());
    }
    context().err() << tr("Watching for changes (Ctrl+C to stop)…") << Qt::endl;
    interrupted = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, [] {
        if (interrupted != 0) {
            QCoreApplication::quit();
        }
    });
    stopCheck.start(100);
    QCoreApplication::exec();
    feed.stop();
    return CliExit::Ok;
}

} // namespace warden

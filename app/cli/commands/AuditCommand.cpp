#include "AuditCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace warden {

QString AuditCommand::name() const
{
    return QStringLiteral("audit");
}

QString AuditCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  audit list [--actor A] [--action A] [--target T] [--affected PERSON_OR_ROLE] [--limit N] | verify | "
              "export [--output FILE]");
}

QList<QCommandLineOption> AuditCommand::options() const
{
    return valueOptions({QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("target"),
                         QStringLiteral("affected"), QStringLiteral("limit"), QStringLiteral("output")});
}

int AuditCommand::execute()
{
    auto visible = core().accounts().visibleAccounts(actor());
    if (!visible) {
        return fail(visible.refusal());
    }
    // The audit log spans accounts; reading it needs Audit Logs access in at least one.
    bool allowed = false;
    Refusal refusal {Refusal::Kind::Denied, tr("You hold no administrator role.")};
    for (const Account& a : visible.value()) {
        auto check = core().authorizer().check(actor(), Action::ViewAuditLog, a.id);
        allowed = allowed || check.ok();
        if (!check) {
            refusal = check.refusal();
        }
    }
    if (!allowed) {
        return fail(refusal);
    }
    AuditFilter filter;
    filter.actor = option(QStringLiteral("actor")).value_or(QString());
    filter.action = option(QStringLiteral("action")).value_or(QString());
    filter.target = option(QStringLiteral("target")).value_or(QString());
    filter.affected = option(QStringLiteral("affected")).value_or(QString());
    filter.limit = option(QStringLiteral("limit")).value_or(QStringLiteral("0")).toInt();
    return subcommand({{QStringLiteral("list"), [&] { return list(filter); }},
                       {QStringLiteral("verify"), [this] { return verify(); }},
                       {QStringLiteral("export"), [&] { return exportCsv(filter); }}},
                      tr("audit takes list, verify or export."));
}

int AuditCommand::list(const AuditFilter& filter)
{
    auto entries = core().audit().list(actor(), filter);
    if (!entries) {
        return fail(entries.refusal());
    }
    QJsonArray json;
    QStringList lines;
    for (const AuditEntry& e : entries.value()) {
        json.append(QJsonObject {{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("account"), e.accountCode},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("target"), e.target},
                                 {QStringLiteral("before"), e.before},
                                 {QStringLiteral("after"), e.after}});
        lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(QString::number(e.seq).rightJustified(6), e.at.toString(Qt::ISODate), e.actor,
                              e.accountCode, e.action, e.target));
    }
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int AuditCommand::verify()
{
    auto report = core().audit().verify();
    if (!report) {
        return fail(report.refusal());
    }
    const AuditVerification& r = report.value();
    print(QJsonObject {{QStringLiteral("intact"), r.intact},
                       {QStringLiteral("entriesChecked"), r.entriesChecked},
                       {QStringLiteral("firstBrokenSeq"), r.firstBrokenSeq},
                       {QStringLiteral("problem"), r.problem}},
          r.intact ? tr("The audit log is intact (%n entries checked).", nullptr, int(r.entriesChecked))
                   : tr("The audit log was tampered with at entry %1: %2").arg(r.firstBrokenSeq).arg(r.problem));
    return r.intact ? CliExit::Ok : CliExit::StorageError;
}

int AuditCommand::exportCsv(const AuditFilter& filter)
{
    const QString path = option(QStringLiteral("output")).value_or(QString());
    QFile file;
    context().out().flush();
    if (path.isEmpty()) {
        if (!file.open(stdout, QIODevice::WriteOnly)) {
            return fail(Refusal {Refusal::Kind::Storage, tr("Cannot write to standard output.")});
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return fail(Refusal {Refusal::Kind::BadInput, tr("Cannot write %1: %2").arg(path, file.errorString())});
        }
    }
    if (auto done = core().audit().exportCsv(actor(), filter, file); !done) {
        return fail(done.refusal());
    }
    return CliExit::Ok;
}

} // namespace warden

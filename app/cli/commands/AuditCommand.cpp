#include "AuditCommand.h"

#include "audit/AuditInspector.h"
#include "security/ComputerIdentity.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
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
    return tr("  audit list [--actor A] [--action A] [--target T] [--affected PERSON_OR_ROLE] [--limit N]\n"
              "  audit export [--format csv|jsonl] [--output FILE]\n"
              "  audit verify [--file EXPORT.jsonl]\n"
              "  audit checkpoint\n"
              "  audit prove SEQ");
}

QList<QCommandLineOption> AuditCommand::options() const
{
    return valueOptions({QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("target"),
                         QStringLiteral("affected"), QStringLiteral("limit"), QStringLiteral("output"),
                         QStringLiteral("format"), QStringLiteral("file")});
}

int AuditCommand::execute()
{
    return subcommand({{QStringLiteral("list"), [this] { return list(); }},
                       {QStringLiteral("verify"), [this] { return verify(); }},
                       {QStringLiteral("checkpoint"), [this] { return checkpoint(); }},
                       {QStringLiteral("prove"), [this] { return prove(); }},
                       {QStringLiteral("export"), [this] { return exportLog(); }}},
                      tr("audit takes list, verify, checkpoint, prove or export."));
}

AuditFilter AuditCommand::filter() const
{
    AuditFilter filter;
    filter.actor = option(QStringLiteral("actor")).value_or(QString());
    filter.action = option(QStringLiteral("action")).value_or(QString());
    filter.target = option(QStringLiteral("target")).value_or(QString());
    filter.affected = option(QStringLiteral("affected")).value_or(QString());
    filter.limit = option(QStringLiteral("limit")).value_or(QStringLiteral("0")).toInt();
    return filter;
}

int AuditCommand::checkMayRead()
{
    if (const int opened = openAndSignIn(); opened != CliExit::Ok) {
        return opened;
    }
    auto visible = core().accounts().visibleAccounts(actor());
    if (!visible) {
        return fail(visible.refusal());
    }
    bool allowed = false;
    Refusal refusal {Refusal::Kind::Denied, tr("You hold no administrator role.")};
    for (const Account& a : visible.value()) {
        auto check = core().authorizer().check(actor(), Action::ViewAuditLog, a.id);
        allowed = allowed || check.ok();
        if (!check) {
            refusal = check.refusal();
        }
    }
    return allowed ? CliExit::Ok : fail(refusal);
}

int AuditCommand::list()
{
    if (const int allowed = checkMayRead(); allowed != CliExit::Ok) {
        return allowed;
    }
    auto entries = core().audit().list(actor(), filter());
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

int AuditCommand::openToRead()
{
    if (!Database::isPostgresLocation(context().dbLocation) && !QFileInfo::exists(context().dbLocation)) {
        return fail(Refusal {Refusal::Kind::BadInput, tr("There is no database at %1.").arg(context().dbLocation)});
    }
    return context().openDatabaseToRead();
}

int AuditCommand::report(const AuditVerification& r)
{
    QJsonArray selfRegistered;
    for (const qint64 id : r.selfRegistered) {
        selfRegistered.append(id);
    }
    QJsonObject json {{QStringLiteral("intact"), r.intact},
                      {QStringLiteral("entriesChecked"), r.entriesChecked},
                      {QStringLiteral("firstBrokenSeq"), r.firstBrokenSeq},
                      {QStringLiteral("reason"), r.reason},
                      {QStringLiteral("problem"), r.problem},
                      {QStringLiteral("signaturesChecked"), r.signaturesChecked},
                      {QStringLiteral("signaturesCheckedBefore"), r.signaturesAlreadyChecked},
                      {QStringLiteral("checkpointsChecked"), r.checkpointsChecked},
                      {QStringLiteral("hmacEntries"), r.hmacEntries},
                      {QStringLiteral("hmacChecked"), r.hmacChecked},
                      {QStringLiteral("root"), QString::fromLatin1(r.root.toHex())},
                      {QStringLiteral("selfRegisteredComputers"), selfRegistered}};
    if (r.firstBrokenSeq != 0) {
        json.insert(QStringLiteral("firstBadEntry"),
                    QJsonObject {{QStringLiteral("seq"), r.firstBrokenSeq},
                                 {QStringLiteral("reason"), r.reason},
                                 {QStringLiteral("problem"), r.problem}});
    }
    QString text;
    if (r.intact) {
        text = tr("The audit log is intact (%n entries checked).", nullptr, int(r.entriesChecked));
        if (r.hmacEntries > 0) {
            text += QLatin1Char('\n')
                + (r.hmacChecked ? tr("The first %n entries, written before entries were signed, were also checked "
                                      "with the database key.",
                                      nullptr, int(r.hmacEntries))
                                 : tr("The first %n entries were written before entries were signed: they are "
                                      "checked by the hash chain that the signed entries continue.",
                                      nullptr, int(r.hmacEntries)));
        }
        text += QLatin1Char('\n')
            + tr("Signatures checked: %1 (and %2 this computer had checked before). Checkpoints checked: %3. Merkle "
                 "root: %4.")
                  .arg(r.signaturesChecked)
                  .arg(r.signaturesAlreadyChecked)
                  .arg(r.checkpointsChecked)
                  .arg(QString::fromLatin1(r.root.toHex()));
        if (!r.selfRegistered.isEmpty()) {
            QStringList ids;
            for (const qint64 id : r.selfRegistered) {
                ids.append(QString::number(id));
            }
            text += QLatin1Char('\n')
                + tr("Computers that registered their own signing key, vouched for by no other computer: %1.")
                      .arg(ids.join(QStringLiteral(", ")));
        }
    } else if (r.firstBrokenSeq != 0) {
        text = tr("The audit log was tampered with at entry %1: %2").arg(r.firstBrokenSeq).arg(r.problem);
    } else {
        text = tr("The audit log cannot be checked: %1").arg(r.problem);
    }
    print(json, text);
    return r.intact ? CliExit::Ok : CliExit::StorageError;
}

int AuditCommand::verify()
{
    if (const auto path = option(QStringLiteral("file"))) {
        QFile file(*path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Refusal {Refusal::Kind::BadInput, tr("Cannot read %1: %2").arg(*path, file.errorString())});
        }
        auto checked = AuditInspector::verifyExport(file);
        if (!checked) {
            return fail(checked.refusal());
        }
        return report(checked.value());
    }
    if (const int opened = openToRead(); opened != CliExit::Ok) {
        return opened;
    }
    // On a computer with a keychain, what it saw of this log before holds the log to it (a witness).
    std::optional<AuditWitness> witness;
    if (Keychain().checkAvailable()) {
        witness.emplace(Keychain(), context().database().databaseId());
    }
    auto checked = AuditInspector(context().database()).verify(witness);
    if (!checked) {
        return fail(checked.refusal());
    }
    return report(checked.value());
}

int AuditCommand::checkpoint()
{
    if (const int opened = context().openCore(); opened != CliExit::Ok) {
        return opened;
    }
    auto written = core().audit().checkpoint();
    if (!written) {
        return fail(written.refusal());
    }
    const AuditCheckpoint& c = written.value();
    print(QJsonObject {{QStringLiteral("size"), c.size},
                       {QStringLiteral("root"), c.root},
                       {QStringLiteral("at"), c.at},
                       {QStringLiteral("computer"), c.computerId},
                       {QStringLiteral("signature"), c.signature}},
          tr("Checkpoint of %n entries, Merkle root %1, signed by computer %2.", nullptr, int(c.size))
              .arg(c.root)
              .arg(c.computerId));
    return CliExit::Ok;
}

int AuditCommand::prove()
{
    bool ok = false;
    const qint64 seq = takePositional().toLongLong(&ok);
    if (!ok) {
        return usageError(tr("Say which entry: audit prove SEQ."));
    }
    if (const int opened = openToRead(); opened != CliExit::Ok) {
        return opened;
    }
    auto proof = AuditInspector(context().database()).prove(seq);
    if (!proof) {
        return fail(proof.refusal());
    }
    const QJsonObject& p = proof.value();
    const QJsonObject checkpoint = p.value(QStringLiteral("checkpoint")).toObject();
    QStringList lines;
    lines.append(tr("Entry %1 (hash %2) is in the checkpoint of %3 entries (root %4):")
                     .arg(seq)
                     .arg(p.value(QStringLiteral("entryHash")).toString())
                     .arg(checkpoint.value(QStringLiteral("size")).toInteger())
                     .arg(checkpoint.value(QStringLiteral("root")).toString()));
    for (const QJsonValue node : p.value(QStringLiteral("inclusionProof")).toArray()) {
        lines.append(QStringLiteral("  ") + node.toString());
    }
    lines.append(p.value(QStringLiteral("included")).toBool() ? tr("The proof checks out.")
                                                              : tr("The proof does NOT check out."));
    print(p, lines.join(QLatin1Char('\n')));
    return p.value(QStringLiteral("included")).toBool() ? CliExit::Ok : CliExit::StorageError;
}

int AuditCommand::openOutput(QFile& file)
{
    const QString path = option(QStringLiteral("output")).value_or(QString());
    context().out().flush();
    if (path.isEmpty()) {
        if (!file.open(stdout, QIODevice::WriteOnly)) {
            return fail(Refusal {Refusal::Kind::Storage, tr("Cannot write to standard output.")});
        }
        return CliExit::Ok;
    }
    file.setFileName(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(Refusal {Refusal::Kind::BadInput, tr("Cannot write %1: %2").arg(path, file.errorString())});
    }
    return CliExit::Ok;
}

int AuditCommand::exportLog()
{
    const QString format = option(QStringLiteral("format")).value_or(QStringLiteral("csv"));
    if (format == QLatin1String("csv")) {
        if (const int allowed = checkMayRead(); allowed != CliExit::Ok) {
            return allowed;
        }
        return exportCsv(filter());
    }
    if (format != QLatin1String("jsonl")) {
        return usageError(tr("--format takes csv or jsonl."));
    }
    if (const int opened = openToRead(); opened != CliExit::Ok) {
        return opened;
    }
    QFile file;
    if (const int opened = openOutput(file); opened != CliExit::Ok) {
        return opened;
    }
    if (auto done = AuditInspector(context().database()).exportJsonl(file); !done) {
        return fail(done.refusal());
    }
    return CliExit::Ok;
}

int AuditCommand::exportCsv(const AuditFilter& filter)
{
    QFile file;
    if (const int opened = openOutput(file); opened != CliExit::Ok) {
        return opened;
    }
    if (auto done = core().audit().exportCsv(actor(), filter, file); !done) {
        return fail(done.refusal());
    }
    return CliExit::Ok;
}

} // namespace warden

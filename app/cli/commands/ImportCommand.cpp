#include "ImportCommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace warden {

namespace {

QJsonObject importReportJson(const ImportReport& report)
{
    QJsonArray errors;
    for (const ImportRowError& error : report.errors) {
        errors.append(QJsonObject {{QStringLiteral("line"), error.line}, {QStringLiteral("message"), error.message}});
    }
    QJsonArray changes;
    for (const ImportAddressChange& change : report.addressChanges) {
        changes.append(QJsonObject {{QStringLiteral("line"), change.line},
                                    {QStringLiteral("from"), change.oldEmail},
                                    {QStringLiteral("to"), change.newEmail},
                                    {QStringLiteral("fromAccount"), change.fromAccount},
                                    {QStringLiteral("toAccount"), change.toAccount},
                                    {QStringLiteral("rolesLost"), QJsonArray::fromStringList(change.rolesLost)}});
    }
    return QJsonObject {{QStringLiteral("applied"), report.applied},
                        {QStringLiteral("rows"), report.rows},
                        {QStringLiteral("created"), report.created},
                        {QStringLiteral("updated"), report.updated},
                        {QStringLiteral("moved"), report.moved},
                        {QStringLiteral("renamed"), report.renamed},
                        {QStringLiteral("roleAssignments"), report.roleAssignments},
                        {QStringLiteral("errorCount"), report.errorCount},
                        {QStringLiteral("errors"), errors},
                        {QStringLiteral("addressChanges"), changes},
                        {QStringLiteral("notAppliedBecause"), report.notAppliedBecause}};
}

QString importReportText(const ImportReport& r)
{
    QStringList lines;
    lines.append(ImportCommand::tr("%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.")
                     .arg(r.rows)
                     .arg(r.created)
                     .arg(r.updated)
                     .arg(r.moved)
                     .arg(r.renamed)
                     .arg(r.roleAssignments));
    for (const ImportRowError& error : r.errors) {
        lines.append(ImportCommand::tr("Line %1: %2").arg(error.line).arg(error.message));
    }
    if (r.errorCount > r.errors.size()) {
        lines.append(ImportCommand::tr("… and %1 more rejected rows.").arg(r.errorCount - r.errors.size()));
    }
    for (const ImportAddressChange& change : r.addressChanges) {
        lines.append(ImportCommand::tr("Line %1: %2 (%3) → %4 (%5) removes: %6")
                         .arg(change.line)
                         .arg(change.oldEmail, change.fromAccount, change.newEmail, change.toAccount,
                              change.rolesLost.isEmpty() ? ImportCommand::tr("no roles")
                                                         : change.rolesLost.join(QStringLiteral(", "))));
    }
    lines.append(r.applied ? ImportCommand::tr("Imported.") : r.notAppliedBecause);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  import FILE|- [--account C] [--dry-run] [--confirm-address-changes]");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return valueOptions({QStringLiteral("account")})
        + flags({QStringLiteral("dry-run"), QStringLiteral("confirm-address-changes")});
}

int ImportCommand::execute()
{
    ImportOptions options;
    options.defaultAccountCode = option(QStringLiteral("account")).value_or(QString());
    options.dryRun = flag(QStringLiteral("dry-run"));
    options.confirmAddressChanges = flag(QStringLiteral("confirm-address-changes"));
    const QString path = takePositional();
    if (path.isEmpty()) {
        return usageError(tr("import needs a CSV file (or - for standard input)."));
    }
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return fail(Refusal {Refusal::Kind::BadInput, tr("Cannot read %1: %2").arg(path, file.errorString())});
    }
    auto report = core().importer().importCsv(actor(), file, options);
    if (!report) {
        return fail(report.refusal());
    }
    const ImportReport& r = report.value();
    print(importReportJson(r), importReportText(r));
    if (r.applied || (options.dryRun && r.errorCount == 0)) {
        return CliExit::Ok;
    }
    return r.errorCount > 0 ? CliExit::BadInput : CliExit::Refused;
}

} // namespace warden

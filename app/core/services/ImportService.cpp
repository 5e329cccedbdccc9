#include "ImportService.h"

#include "../Logging.h"
#include "../authorization/Authorizer.h"
#include "../import/CsvReader.h"
#include "../import/ImportHeader.h"
#include "../import/ImportPlanner.h"
#include "../storage/AccountStore.h"
#include "../storage/ImportStore.h"
#include "../write/WritePath.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <climits>

namespace warden {

qint64 ImportReport::rolesLost() const
{
    qint64 count = 0;
    for (const ImportAddressChange& change : addressChanges) {
        count += change.rolesLost.size();
    }
    return count;
}

ImportService::ImportService(Database& database, Authorizer& authorizer, WritePath& writes)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
{ }

Result<std::optional<Account>> ImportService::defaultAccount(const ImportHeader& header,
                                                             const ImportOptions& options) const
{
    std::optional<Account> account;
    if (!options.defaultAccountCode.isEmpty()) {
        auto found = AccountStore(m_database).accountByCode(options.defaultAccountCode);
        if (!found) {
            return found.refusal();
        }
        account = found.value();
    }
    if (!header.has(ImportHeader::AccountCode)) {
        if (!account) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Choose the account to import into, or add a remoteaccountcode column.")};
        }
        if (account->kind == AccountKind::Master || account->kind == AccountKind::Group) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("%1 is a master account: the file needs a remoteaccountcode column naming each row's "
                               "account.")
                                .arg(account->code)};
        }
    }
    return account;
}

Result<ImportReport> ImportService::importCsv(const Actor& actor, QIODevice& file, const ImportOptions& options,
                                              const Progress& progress)
{
    QElapsedTimer phase;
    phase.start();
    CsvReader reader(file);
    auto header = ImportHeader::read(reader);
    if (!header) {
        return header.refusal();
    }
    auto intoByDefault = defaultAccount(header.value(), options);
    if (!intoByDefault) {
        return intoByDefault.refusal();
    }
    // The planner checks the importer's permissions in each account a row names.
    return m_writes.run(WriteScope::unchecked(actor.auditName(), 0), [&](Write& write) -> Result<ImportReport> {
        ImportReport report;
        ImportStore store(m_database);
        if (auto prepared = store.prepare(); !prepared) {
            return prepared.refusal();
        }
        ImportPlanner planner(m_database, m_authorizer, actor, header.value(), intoByDefault.value(), store, report);
        const qint64 totalBytes = file.isSequential() ? 0 : file.size();
        QStringList fields;
        while (true) {
            auto more = reader.next(fields);
            if (!more) {
                return more.refusal();
            }
            if (!more.value()) {
                break;
            }
            if (progress && (report.rows + 1) % 4096 == 0 && !progress(reader.bytesRead(), totalBytes)) {
                return Refusal {Refusal::Kind::BadInput, tr("Import cancelled; nothing was changed.")};
            }
            if (auto planned = planner.plan(fields, reader.recordLine()); !planned) {
                return planned.refusal();
            }
        }
        if (report.rows == 0) {
            return Refusal {Refusal::Kind::BadInput, tr("The file has a header but no rows.")};
        }
        if (auto settled = planner.settle(); !settled) {
            return settled.refusal();
        }
        if (progress && !progress(reader.bytesRead(), totalBytes)) {
            return Refusal {Refusal::Kind::BadInput, tr("Import cancelled; nothing was changed.")};
        }
        if (const QString reason = notAppliedBecause(report, options); !reason.isEmpty()) {
            report.notAppliedBecause = reason;
            write.keepNothing();
            return report;
        }
        const qint64 checkMs = phase.restart();
        if (auto applied = apply(write, store, planner.accounts(), report); !applied) {
            return applied.refusal();
        }
        report.applied = true;
        logger("core.import")
            ->info("imported {} rows (checked in {} ms, applied in {} ms)", report.rows, checkMs, phase.elapsed());
        return report;
    });
}

QString ImportService::notAppliedBecause(const ImportReport& report, const ImportOptions& options)
{
    if (report.errorCount > 0) {
        return tr("%n row(s) were rejected; nothing was imported.", nullptr,
                  int(std::min<qint64>(report.errorCount, INT_MAX)));
    }
    if (report.rolesLost() > 0 && !options.confirmAddressChanges) {
        return tr("%n admin role(s) would be removed by address changes; review them and confirm to import.", nullptr,
                  int(report.rolesLost()));
    }
    if (options.dryRun) {
        return tr("Checked only; nothing was changed.");
    }
    return {};
}

Status ImportService::apply(Write& write, ImportStore& store, const QHash<qint64, QString>& accounts,
                            const ImportReport& report)
{
    if (auto done = store.apply(write.auditActor()); !done) {
        return done;
    }
    for (const ImportAddressChange& change : report.addressChanges) {
        const bool moved = change.oldEmail == change.newEmail;
        write.auditIn(change.toAccount, moved ? QStringLiteral("user.move") : QStringLiteral("user.address_change"),
                      change.newEmail,
                      QJsonObject {{QStringLiteral("email"), change.oldEmail},
                                   {QStringLiteral("account"), change.fromAccount},
                                   {QStringLiteral("roles"), QJsonArray::fromStringList(change.rolesLost)}},
                      QJsonObject {{QStringLiteral("email"), change.newEmail},
                                   {QStringLiteral("account"), change.toAccount},
                                   {QStringLiteral("roles"), QJsonArray()},
                                   {QStringLiteral("source"), QStringLiteral("import")}});
    }
    auto summaries = store.summaries();
    if (!summaries) {
        return summaries.refusal();
    }
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        if (summaries.value().contains(it.key())) {
            write.auditIn(it.value(), QStringLiteral("directory.import"), it.value(), {},
                          summaries.value().value(it.key()));
        }
        write.changed(Changed::Directory, it.key());
        write.changed(Changed::Roles, it.key());
    }
    return store.clear();
}

} // namespace warden

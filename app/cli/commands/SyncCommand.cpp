#include "SyncCommand.h"

#include "domain/DirectoryConnector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace warden {

namespace {

QJsonObject connectorJson(const DirectoryConnector& c)
{
    return QJsonObject {{QStringLiteral("account"), c.accountCode},
                        {QStringLiteral("url"), c.url},
                        {QStringLiteral("startTls"), c.startTls},
                        {QStringLiteral("caFile"), c.caFile},
                        {QStringLiteral("bindDn"), c.bindDn},
                        {QStringLiteral("baseDn"), c.baseDn},
                        {QStringLiteral("filter"), c.filter},
                        {QStringLiteral("mapEmail"), c.mapEmail},
                        {QStringLiteral("mapName"), c.mapName},
                        {QStringLiteral("mapUpn"), c.mapUpn},
                        {QStringLiteral("mapDisabled"), c.mapDisabled},
                        {QStringLiteral("domains"), QJsonArray::fromStringList(c.domains)},
                        {QStringLiteral("scheduleMinutes"), c.scheduleMinutes},
                        {QStringLiteral("version"), c.version},
                        {QStringLiteral("changedBy"), c.changedBy},
                        {QStringLiteral("changedAt"), c.changedAt},
                        {QStringLiteral("lastRun"),
                         QJsonObject {{QStringLiteral("at"), c.lastRunAt},
                                      {QStringLiteral("result"), c.lastResult},
                                      {QStringLiteral("message"), c.lastMessage},
                                      {QStringLiteral("counts"), c.lastCounts},
                                      {QStringLiteral("durationMs"), c.lastDurationMs}}},
                        {QStringLiteral("nextRunIsFull"), c.watermark.isEmpty() || c.settingsKey != c.searchKey()}};
}

QJsonObject reportJson(const SyncReport& r)
{
    QJsonArray changes;
    for (const SyncAddressChange& change : r.addressChanges) {
        changes.append(QJsonObject {{QStringLiteral("dn"), change.dn},
                                    {QStringLiteral("from"), change.from},
                                    {QStringLiteral("to"), change.to},
                                    {QStringLiteral("rolesLost"), QJsonArray::fromStringList(change.rolesLost)}});
    }
    QJsonArray skipped;
    for (const SyncSkipped& skip : r.skipped) {
        skipped.append(QJsonObject {{QStringLiteral("dn"), skip.dn}, {QStringLiteral("message"), skip.message}});
    }
    QJsonArray disabled;
    for (const SyncDisabledUser& user : r.disabledUsers) {
        disabled.append(QJsonObject {{QStringLiteral("email"), user.email},
                                     {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)}});
    }
    return QJsonObject {{QStringLiteral("new"), r.created},
                        {QStringLiteral("changed"), r.changed},
                        {QStringLiteral("disabled"), r.disabled},
                        {QStringLiteral("addressChanges"), changes},
                        {QStringLiteral("applied"), r.applied},
                        {QStringLiteral("full"), r.full},
                        {QStringLiteral("entries"), r.entries},
                        {QStringLiteral("unchanged"), r.unchanged},
                        {QStringLiteral("leftAlone"), r.leftAlone},
                        {QStringLiteral("skipped"), r.skippedCount},
                        {QStringLiteral("skippedEntries"), skipped},
                        {QStringLiteral("disabledUsers"), disabled},
                        {QStringLiteral("notAppliedBecause"), r.notAppliedBecause},
                        {QStringLiteral("durationMs"), r.durationMs},
                        {QStringLiteral("readMs"), r.readMs}};
}

QString reportText(const SyncReport& r)
{
    QStringList lines;
    lines.append(SyncCommand::tr("%1 run: %2 entries read — %3 new, %4 changed, %5 unchanged, %6 disabled, %7 left "
                                 "alone (added by hand or import), %8 left out.")
                     .arg(r.full ? SyncCommand::tr("Full") : SyncCommand::tr("Incremental"))
                     .arg(r.entries)
                     .arg(r.created)
                     .arg(r.changed)
                     .arg(r.unchanged)
                     .arg(r.disabled)
                     .arg(r.leftAlone)
                     .arg(r.skippedCount));
    for (const SyncAddressChange& change : r.addressChanges) {
        lines.append(SyncCommand::tr("Address change: %1 → %2 removes: %3")
                         .arg(change.from, change.to,
                              change.rolesLost.isEmpty() ? SyncCommand::tr("no roles")
                                                         : change.rolesLost.join(QStringLiteral(", "))));
    }
    for (const SyncDisabledUser& user : r.disabledUsers) {
        lines.append(SyncCommand::tr("Disabled (gone from the directory): %1%2")
                         .arg(user.email,
                              user.roles.isEmpty()
                                  ? QString()
                                  : SyncCommand::tr(" — still holds %1").arg(user.roles.join(QStringLiteral(", ")))));
    }
    for (const SyncSkipped& skip : r.skipped) {
        lines.append(SyncCommand::tr("Left out: %1: %2").arg(skip.dn, skip.message));
    }
    if (r.skippedCount > r.skipped.size()) {
        lines.append(SyncCommand::tr("… and %1 more left out.").arg(r.skippedCount - r.skipped.size()));
    }
    lines.append(r.applied ? SyncCommand::tr("Applied in %1 ms.").arg(r.durationMs) : r.notAppliedBecause);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr("  sync configure --account C [--preset ad|openldap] [--url URL] [--start-tls] [--bind-dn DN]\n"
              "                 [--base-dn DN] [--filter F] [--ca-file FILE] [--map-email A] [--map-name A]\n"
              "                 [--map-upn A] [--map-disabled A] [--domains D,D] [--schedule-minutes N]\n"
              "                 [--ask-password]   (bind password from WARDEN_SYNC_PASSWORD or a prompt)\n"
              "  sync show --account C\n"
              "  sync test --account C\n"
              "  sync run --account C [--dry-run] [--confirm-address-changes] [--full] [--json]");
}

QList<QCommandLineOption> SyncCommand::options() const
{
    return valueOptions({QStringLiteral("account"), QStringLiteral("preset"), QStringLiteral("url"),
                         QStringLiteral("bind-dn"), QStringLiteral("base-dn"), QStringLiteral("filter"),
                         QStringLiteral("ca-file"), QStringLiteral("map-email"), QStringLiteral("map-name"),
                         QStringLiteral("map-upn"), QStringLiteral("map-disabled"), QStringLiteral("domains"),
                         QStringLiteral("schedule-minutes")})
        + flags({QStringLiteral("start-tls"), QStringLiteral("no-start-tls"), QStringLiteral("ask-password"),
                 QStringLiteral("dry-run"), QStringLiteral("confirm-address-changes"), QStringLiteral("full")});
}

int SyncCommand::execute()
{
    return subcommand(
        {{QStringLiteral("configure"), [this] { return inAccount([this](const Account& a) { return configure(a); }); }},
         {QStringLiteral("show"), [this] { return inAccount([this](const Account& a) { return show(a); }); }},
         {QStringLiteral("test"), [this] { return inAccount([this](const Account& a) { return test(a); }); }},
         {QStringLiteral("run"), [this] { return inAccount([this](const Account& a) { return run(a); }); }}},
        tr("sync needs configure, show, test or run."));
}

Result<DirectoryConnector> SyncCommand::settingsFromOptions(const Account& account)
{
    auto stored = core().sync().connector(actor(), account.id);
    if (!stored) {
        return stored.refusal();
    }
    const QString preset = option(QStringLiteral("preset")).value_or(QString()).toLower();
    if (!preset.isEmpty() && preset != QLatin1String("ad") && preset != QLatin1String("openldap")) {
        return Refusal {Refusal::Kind::BadInput, tr("--preset is ad or openldap, not \"%1\".").arg(preset)};
    }
    DirectoryConnector c;
    if (stored.value() && preset.isEmpty()) {
        c = *stored.value();
    } else {
        c = preset == QLatin1String("openldap") ? DirectoryConnector::openLdapDefaults()
                                                : DirectoryConnector::activeDirectoryDefaults();
        if (stored.value()) {
            const DirectoryConnector& old = *stored.value();
            c.version = old.version;
            c.url = old.url;
            c.startTls = old.startTls;
            c.caFile = old.caFile;
            c.bindDn = old.bindDn;
            c.baseDn = old.baseDn;
            c.domains = old.domains;
            c.scheduleMinutes = old.scheduleMinutes;
        }
    }
    c.accountId = account.id;
    const std::pair<const char*, QString*> texts[] = {
        {"url", &c.url},          {"bind-dn", &c.bindDn}, {"base-dn", &c.baseDn},
        {"filter", &c.filter},    {"ca-file", &c.caFile}, {"map-email", &c.mapEmail},
        {"map-name", &c.mapName}, {"map-upn", &c.mapUpn}, {"map-disabled", &c.mapDisabled}};
    for (const auto& [name, field] : texts) {
        if (auto value = option(QString::fromLatin1(name))) {
            *field = *value;
        }
    }
    if (flag(QStringLiteral("start-tls"))) {
        c.startTls = true;
    }
    if (flag(QStringLiteral("no-start-tls"))) {
        c.startTls = false;
    }
    if (auto domains = option(QStringLiteral("domains"))) {
        c.domains = domains->split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (auto minutes = option(QStringLiteral("schedule-minutes"))) {
        bool ok = false;
        c.scheduleMinutes = minutes->toInt(&ok);
        if (!ok || c.scheduleMinutes < 0) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("--schedule-minutes is a number of minutes (0: only when asked).")};
        }
    }
    return c;
}

std::optional<QByteArray> SyncCommand::passwordFromOptions(qint64 accountId, bool isNew)
{
    const QString fromEnvironment =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("WARDEN_SYNC_PASSWORD"));
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment.toUtf8();
    }
    if (!isNew && !flag(QStringLiteral("ask-password"))) {
        auto stored = core().sync().hasPassword(accountId);
        if (stored && stored.value()) {
            return std::nullopt;
        }
    }
    const QString typed = context().prompt(tr("Bind password: "), true);
    return typed.isEmpty() ? std::nullopt : std::optional<QByteArray>(typed.toUtf8());
}

int SyncCommand::configure(const Account& account)
{
    auto settings = settingsFromOptions(account);
    if (!settings) {
        return fail(settings.refusal());
    }
    auto saved = core().sync().configure(actor(), settings.value(),
                                         passwordFromOptions(account.id, settings.value().version == 0));
    if (!saved) {
        return fail(saved.refusal());
    }
    print(connectorJson(saved.value()),
          tr("Directory connector of %1 saved (version %2): %3, base %4, filter %5.")
              .arg(account.code)
              .arg(saved.value().version)
              .arg(saved.value().url, saved.value().baseDn, saved.value().filter));
    return CliExit::Ok;
}

int SyncCommand::show(const Account& account)
{
    auto found = core().sync().connector(actor(), account.id);
    if (!found) {
        return fail(found.refusal());
    }
    auto below = core().sync().connectorsBelow(actor(), account.id);
    if (!below) {
        return fail(below.refusal());
    }
    QJsonObject json {{QStringLiteral("account"), account.code}, {QStringLiteral("configured"), bool(found.value())}};
    QStringList lines;
    if (found.value()) {
        const DirectoryConnector& c = *found.value();
        json = connectorJson(c);
        json.insert(QStringLiteral("configured"), true);
        auto password = core().sync().hasPassword(account.id);
        json.insert(QStringLiteral("passwordOnThisComputer"), password && password.value());
        lines << tr("Server: %1%2").arg(c.url, c.startTls ? tr(" (StartTLS)") : QString())
              << tr("CA file: %1").arg(c.caFile.isEmpty() ? tr("the system's") : c.caFile)
              << tr("Bind DN: %1 (password %2)")
                     .arg(c.bindDn,
                          password && password.value() ? tr("in this computer's keychain") : tr("not on this computer"))
              << tr("Base DN: %1").arg(c.baseDn) << tr("Filter: %1").arg(c.filter)
              << tr("Mapping: address %1, name %2, UPN %3, disabled %4")
                     .arg(c.mapEmail, c.mapName, c.mapUpn, c.mapDisabled.isEmpty() ? tr("(none)") : c.mapDisabled)
              << tr("Domains: %1")
                     .arg(c.domains.isEmpty() ? tr("every internal domain") : c.domains.join(QStringLiteral(", ")))
              << (c.lastResult.isEmpty()
                      ? tr("Last run: never")
                      : tr("Last run: %1, %2 in %3 ms%4")
                            .arg(c.lastRunAt, c.lastResult)
                            .arg(c.lastDurationMs)
                            .arg(c.lastMessage.isEmpty() ? QString() : QStringLiteral(" — ") + c.lastMessage));
    } else {
        lines << tr("%1 has no directory connector.").arg(account.code);
    }
    QJsonArray nested;
    for (const DirectoryConnector& c : below.value()) {
        if (c.accountId == account.id) {
            continue;
        }
        nested.append(QJsonObject {{QStringLiteral("account"), c.accountCode},
                                   {QStringLiteral("url"), c.url},
                                   {QStringLiteral("lastRunAt"), c.lastRunAt},
                                   {QStringLiteral("lastResult"), c.lastResult}});
        lines << tr("Below: %1 — %2, last run %3 %4")
                     .arg(c.accountCode, c.url, c.lastRunAt.isEmpty() ? tr("never") : c.lastRunAt, c.lastResult);
    }
    json.insert(QStringLiteral("below"), nested);
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int SyncCommand::test(const Account& account)
{
    auto found = core().sync().connector(actor(), account.id);
    if (!found) {
        return fail(found.refusal());
    }
    if (!found.value()) {
        return fail(Refusal {Refusal::Kind::NotFound, tr("%1 has no directory connector.").arg(account.code)});
    }
    auto tested = core().sync().testConnection(actor(), *found.value(), {});
    if (!tested) {
        return fail(tested.refusal());
    }
    print(QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("message"), tested.value()}}, tested.value());
    return CliExit::Ok;
}

int SyncCommand::run(const Account& account)
{
    SyncOptions options;
    options.dryRun = flag(QStringLiteral("dry-run"));
    options.confirmAddressChanges = flag(QStringLiteral("confirm-address-changes"));
    options.full = flag(QStringLiteral("full"));
    auto report = core().sync().run(actor(), account.id, options);
    if (!report) {
        return fail(report.refusal());
    }
    print(reportJson(report.value()), reportText(report.value()));
    return report.value().applied || options.dryRun ? CliExit::Ok : CliExit::Refused;
}

} // namespace warden

#include "DeviceCommand.h"

#include "services/ComputerAccess.h"

#include <QJsonArray>
#include <QJsonObject>

namespace warden {

namespace {

QJsonObject computerJson(const Computer& computer)
{
    return QJsonObject {{QStringLiteral("id"), computer.id},
                        {QStringLiteral("name"), computer.name},
                        {QStringLiteral("owner"), computer.owner},
                        {QStringLiteral("fingerprint"), computer.fingerprint},
                        {QStringLiteral("status"), computerStatusKey(computer.status)},
                        {QStringLiteral("requestedAt"), computer.requestedAt},
                        {QStringLiteral("decidedBy"), computer.decidedBy},
                        {QStringLiteral("decidedAt"), computer.decidedAt},
                        {QStringLiteral("approvedVia"), computer.approvedVia},
                        {QStringLiteral("lastUsedAt"), computer.lastUsedAt}};
}

} // namespace

QString DeviceCommand::name() const
{
    return QStringLiteral("device");
}

QString DeviceCommand::usage() const
{
    //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
    return tr(
        "  device request [--name NAME] (with --as EMAIL) | status | list [--pending]\n"
        "       | approve ID --fingerprint CODE [--confirm-otp CODE] | refuse ID | revoke ID [--confirm-otp CODE]");
}

QList<QCommandLineOption> DeviceCommand::options() const
{
    return valueOptions({QStringLiteral("name"), QStringLiteral("fingerprint"), QStringLiteral("confirm-otp")})
        + flags({QStringLiteral("pending")});
}

int DeviceCommand::execute()
{
    return subcommand(
        {{QStringLiteral("request"), [this] { return request(); }},
         {QStringLiteral("status"), [this] { return status(); }},
         {QStringLiteral("list"), [this] { return list(); }},
         {QStringLiteral("approve"), [this] { return signedInWithId([this](qint64 id) { return approve(id); }); }},
         {QStringLiteral("refuse"), [this] { return signedInWithId([this](qint64 id) { return refuse(id); }); }},
         {QStringLiteral("revoke"), [this] { return signedInWithId([this](qint64 id) { return revoke(id); }); }}},
        tr("device takes request, status, list, approve, refuse or revoke."));
}

int DeviceCommand::signedInWithId(const std::function<int(qint64)>& then)
{
    bool numeric = false;
    const qint64 id = takePositional().toLongLong(&numeric);
    if (!numeric) {
        return usageError(tr("Name the computer or request by its number."));
    }
    if (const int ready = openAndSignIn(); ready != CliExit::Ok) {
        return ready;
    }
    return then(id);
}

int DeviceCommand::request()
{
    if (!context().asEmail) {
        return usageError(CliContext::tr("Say who you are with --as EMAIL."));
    }
    if (const int opened = context().openDatabase(); opened != CliExit::Ok) {
        return opened;
    }
    ComputerAccess access(context().database(), Keychain());
    auto holds = access.holdsCurrentKey();
    if (!holds) {
        return fail(holds.refusal());
    }
    if (holds.value()) {
        return fail(
            Refusal {Refusal::Kind::Conflict, tr("This computer already holds the database key; sign in instead.")});
    }
    QString password = qEnvironmentVariable("WARDEN_PASSWORD");
    if (password.isEmpty()) {
        password = context().prompt(tr("Password for %1: ").arg(*context().asEmail), true);
    }
    auto ticket = access.request(*context().asEmail, password, option(QStringLiteral("name")).value_or(QString()));
    password.fill(QLatin1Char('\0'));
    if (!ticket) {
        return fail(ticket.refusal());
    }
    print(QJsonObject {{QStringLiteral("requestId"), ticket.value().id},
                       {QStringLiteral("fingerprint"), ticket.value().fingerprint}},
          tr("Request #%1 filed; it expires in 24 hours.\nFingerprint: %2\nRead the fingerprint to the administrator "
             "who approves it (by phone or in person), then run \"wardenctl --db DATABASE device status\".")
              .arg(ticket.value().id)
              .arg(ticket.value().fingerprint));
    return CliExit::Ok;
}

int DeviceCommand::status()
{
    if (const int opened = context().openDatabase(); opened != CliExit::Ok) {
        return opened;
    }
    auto mine = ComputerAccess(context().database(), Keychain()).status();
    if (!mine) {
        return fail(mine.refusal());
    }
    const Computer& computer = mine.value();
    QString text = tr("Request #%1 (%2, fingerprint %3): %4")
                       .arg(computer.id)
                       .arg(computer.name, computer.fingerprint, computerStatusDisplayName(computer.status));
    if (computer.status == ComputerStatus::Approved) {
        text += QLatin1Char('\n')
            + tr("Approved by %1 on %2. Sign in on this computer with your password and a one-time code.")
                  .arg(computer.decidedBy, computer.decidedAt);
    } else if (computer.status == ComputerStatus::Refused || computer.status == ComputerStatus::Revoked) {
        text += QLatin1Char('\n') + tr("By %1 on %2.").arg(computer.decidedBy, computer.decidedAt);
    }
    print(computerJson(computer), text);
    return CliExit::Ok;
}

int DeviceCommand::list()
{
    if (const int ready = openAndSignIn(); ready != CliExit::Ok) {
        return ready;
    }
    auto computers = core().computers().computers(actor());
    if (!computers) {
        return fail(computers.refusal());
    }
    const bool pendingOnly = flag(QStringLiteral("pending"));
    QJsonArray json;
    QStringList lines;
    for (const Computer& computer : computers.value()) {
        if (pendingOnly && computer.status != ComputerStatus::Pending) {
            continue;
        }
        json.append(computerJson(computer));
        lines.append(QStringLiteral("#%1  %2  %3  %4  %5  %6")
                         .arg(computer.id)
                         .arg(computerStatusKey(computer.status).leftJustified(8), computer.fingerprint, computer.name,
                              computer.owner.isEmpty() ? QStringLiteral("-") : computer.owner,
                              computer.decidedBy.isEmpty() ? QString() : tr("by %1").arg(computer.decidedBy)));
    }
    print(json, lines.join(QLatin1Char('\n')));
    return CliExit::Ok;
}

int DeviceCommand::approve(qint64 id)
{
    const auto fingerprint = option(QStringLiteral("fingerprint"));
    if (!fingerprint) {
        return usageError(tr("Give the fingerprint the requester reads to you: --fingerprint CODE."));
    }
    const auto [password, code] = confirmation();
    const Status done = core().computers().approve(actor(), id, *fingerprint, password, code);
    if (!done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("approved")}},
          tr("Computer #%1 approved; the database key is sealed to it.").arg(id));
    return CliExit::Ok;
}

int DeviceCommand::refuse(qint64 id)
{
    const Status done = core().computers().refuse(actor(), id);
    if (!done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("refused")}},
          tr("Request #%1 refused.").arg(id));
    return CliExit::Ok;
}

int DeviceCommand::revoke(qint64 id)
{
    const auto [password, code] = confirmation();
    const Status done = core().computers().revoke(actor(), id, password, code);
    if (!done) {
        return fail(done.refusal());
    }
    print(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("revoked")}},
          tr("Computer #%1 revoked. The database key was rotated; the other computers take the new key up at "
             "their next start or sign-in.")
              .arg(id));
    return CliExit::Ok;
}

} // namespace warden

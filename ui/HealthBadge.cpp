#include "HealthBadge.h"

#include "CoreServices.h"

namespace warden {

HealthBadge::HealthBadge(CoreServices& core, const Actor& actor, QWidget* parent)
    : QLabel(parent)
    , m_core(core)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("healthBadgeLabel"));
    hide();
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, [this] {
        m_stale = true;
        showAccount(m_accountId);
    });
    const auto refresh = [this] { m_refreshSoon.start(); };
    ChangeNotifier& notifier = m_core.notifier();
    connect(&notifier, &ChangeNotifier::accountsChanged, this, refresh);
    connect(&notifier, &ChangeNotifier::rolesChanged, this, refresh);
    connect(&notifier, &ChangeNotifier::membersChanged, this, refresh);
    connect(&notifier, &ChangeNotifier::directoryChanged, this, refresh);
}

void HealthBadge::showAccount(qint64 accountId)
{
    // The report takes a handful of queries: run it when the account or the data changed, not on
    // every click inside the same account.
    if (accountId == m_accountId && !m_stale) {
        return;
    }
    m_accountId = accountId;
    m_stale = false;
    render();
}

void HealthBadge::render()
{
    if (m_accountId <= 0 || !m_core.health().canRead(m_actor, m_accountId)) {
        hide();
        return;
    }
    auto report = m_core.health().report(m_actor, m_accountId);
    if (!report) {
        hide();
        return;
    }
    const AccountHealth& health = report.value();
    QStringList problems;
    for (const HealthCheck& check : health.checks) {
        if (check.state != HealthState::Pass) {
            problems.append(
                QStringLiteral("• %1: %2").arg(check.title, check.fix.isEmpty() ? check.detail : check.fix));
        }
    }
    const int failing = health.count(HealthState::Fail);
    const int warnings = health.count(HealthState::Warning);
    QString text;
    QString colour;
    if (failing > 0) {
        text = tr("Backup admins: %n rule(s) failing", nullptr, failing);
        colour = QStringLiteral("#b00020");
    } else if (warnings > 0) {
        text = tr("Backup admins: %n warning(s)", nullptr, warnings);
        colour = QStringLiteral("#8a6d00");
    } else {
        text = tr("Backup admins: healthy");
        colour = QStringLiteral("#2e7d32");
    }
    if (health.failedSignIns > 0) {
        const QString failures = tr("%n failed sign-in(s) in 24 hours", nullptr, health.failedSignIns);
        text = tr("%1 · %2").arg(text, failures);
        problems.append(
            QStringLiteral("• %1: %2")
                .arg(failures, tr("see the Audit Log (action signin.failed) for the addresses and reasons")));
        if (failing == 0) {
            colour = QStringLiteral("#8a6d00");
        }
    }
    setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, text.toHtmlEscaped()));
    setToolTip(problems.isEmpty() ? tr("%1 meets every backup-administrator rule.").arg(health.accountCode)
                                  : tr("%1:\n%2").arg(health.accountCode, problems.join(QLatin1Char('\n'))));
    setAccessibleName(text);
    show();
}

} // namespace warden

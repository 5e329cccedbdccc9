#include "ApplyExternalAdminDialog.h"

#include "CoreServices.h"
#include "directory/PeoplePicker.h"
#include "ui_ApplyExternalAdminDialog.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>

namespace warden {

namespace {

constexpr int kAccountIdRole = Qt::UserRole + 1;
constexpr int kAccountCodeRole = Qt::UserRole + 2;

} // namespace

ApplyExternalAdminDialog::ApplyExternalAdminDialog(CoreServices& core, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApplyExternalAdminDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_picker(new PeoplePicker(core, m_actor, PeoplePicker::Mode::One, this))
{
    m_ui->setupUi(this);
    // The partner's own staff: the signed-in partner administrator's home directory.
    m_ui->emailPickerContainerLayout->addWidget(m_picker);
    m_picker->searchLineEdit()->setObjectName(QStringLiteral("emailLineEdit"));
    m_picker->searchLineEdit()->setAccessibleName(tr("External admin email address"));
    m_picker->resultsView()->setObjectName(QStringLiteral("staffResultsTableView"));
    m_picker->resultsView()->setMinimumHeight(100);
    m_ui->emailLabel->setBuddy(m_picker->searchLineEdit());
    m_picker->setScope(m_actor.homeAccountId);
    m_picker->placeInTabOrder(m_ui->emailLabel, m_ui->roleComboBox);
    QStringList roleNames;
    if (auto accounts = core.partners().customerAccounts(m_actor)) {
        for (const Account& account : accounts.value()) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(account.name, account.code),
                                             m_ui->accountsListWidget);
            item->setData(kAccountIdRole, account.id);
            item->setData(kAccountCodeRole, account.code);
            const Status allowed = core.partners().canManage(m_actor, account.id);
            item->setFlags(allowed ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable)
                                   : Qt::ItemFlags());
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(allowed ? QString() : allowed.refusal().message);
            if (auto roles = core.partners().assignableRoles(m_actor, account.id)) {
                for (const Role& role : roles.value()) {
                    if (!roleNames.contains(role.name)) {
                        roleNames.append(role.name);
                    }
                }
            }
        }
    }
    roleNames.sort();
    m_ui->roleComboBox->addItems(roleNames);
    m_ui->roleComboBox->setCurrentIndex(-1);
    m_ui->resultsTreeWidget->setHeaderLabels({tr("Account"), tr("Result")});
    m_ui->resultsTreeWidget->setColumnWidth(0, 160);
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));
    connect(m_picker, &PeoplePicker::chosenChanged, this, &ApplyExternalAdminDialog::updateApplyButton);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &ApplyExternalAdminDialog::updateApplyButton);
    connect(m_ui->accountsListWidget, &QListWidget::itemChanged, this, &ApplyExternalAdminDialog::updateApplyButton);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    // Return applies to exactly the ticked accounts once the form is complete, and does nothing
    // before; it never ticks or unticks an account.
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setDefault(true);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &ApplyExternalAdminDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateApplyButton();
}

ApplyExternalAdminDialog::~ApplyExternalAdminDialog() = default;

QString ApplyExternalAdminDialog::email() const
{
    const QString chosen = m_picker->chosenEmail();
    return chosen.isEmpty() ? m_picker->searchLineEdit()->text().trimmed() : chosen;
}

void ApplyExternalAdminDialog::checkAccount(const QString& code)
{
    for (int i = 0; i < m_ui->accountsListWidget->count(); ++i) {
        QListWidgetItem* item = m_ui->accountsListWidget->item(i);
        if (item->data(kAccountCodeRole).toString() == code && (item->flags() & Qt::ItemIsUserCheckable)) {
            item->setCheckState(Qt::Checked);
        }
    }
}

void ApplyExternalAdminDialog::setAllChecked(bool checked)
{
    for (int i = 0; i < m_ui->accountsListWidget->count(); ++i) {
        QListWidgetItem* item = m_ui->accountsListWidget->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void ApplyExternalAdminDialog::updateApplyButton()
{
    int checked = 0;
    for (int i = 0; i < m_ui->accountsListWidget->count(); ++i) {
        checked += m_ui->accountsListWidget->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    QPushButton* apply = m_ui->buttonBox->button(QDialogButtonBox::Apply);
    apply->setEnabled(checked > 0 && !email().isEmpty() && m_ui->roleComboBox->currentIndex() >= 0);
    apply->setText(tr("&Apply to %n Account(s)", nullptr, checked));
}

QString ApplyExternalAdminDialog::codeOf(qint64 accountId) const
{
    for (int i = 0; i < m_ui->accountsListWidget->count(); ++i) {
        const QListWidgetItem* item = m_ui->accountsListWidget->item(i);
        if (item->data(kAccountIdRole).toLongLong() == accountId) {
            return item->data(kAccountCodeRole).toString();
        }
    }
    return QString::number(accountId);
}

void ApplyExternalAdminDialog::apply()
{
    m_picker->runPendingSearch();
    QList<qint64> ids;
    for (int i = 0; i < m_ui->accountsListWidget->count(); ++i) {
        const QListWidgetItem* item = m_ui->accountsListWidget->item(i);
        if (item->checkState() == Qt::Checked) {
            ids.append(item->data(kAccountIdRole).toLongLong());
        }
    }
    // Each account is its own write: the window stays responsive between them (the progress shows
    // a few times a second), and Stop ends the run before the next account.
    QProgressDialog progress(tr("Applying %1 to %n account(s)…", nullptr, int(ids.size())).arg(email()), tr("&Stop"), 0,
                             int(ids.size()), this);
    progress.setObjectName(QStringLiteral("applyProgressDialog"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QElapsedTimer sinceShown;
    sinceShown.start();
    auto outcomes = m_core.partners().applyToAccounts(m_actor, ids, email(), m_ui->roleComboBox->currentText(),
                                                      [&](int done, int total) {
                                                          if (sinceShown.elapsed() >= 100 || done == total) {
                                                              progress.setValue(done);
                                                              sinceShown.restart();
                                                          }
                                                          return !progress.wasCanceled();
                                                      });
    progress.reset();
    m_ui->resultsTreeWidget->clear();
    if (!outcomes) {
        m_ui->summaryLabel->setText(outcomes.refusal().message);
        return;
    }
    int changed = 0;
    int unchanged = 0;
    for (const ExternalAdminOutcome& outcome : outcomes.value()) {
        auto* item = new QTreeWidgetItem(m_ui->resultsTreeWidget, {outcome.accountCode, outcome.message});
        switch (outcome.change) {
        case ExternalAdminOutcome::Change::Added:
        case ExternalAdminOutcome::Change::RoleChanged:
            item->setIcon(0, QIcon(QStringLiteral(":/icons/ok.svg")));
            ++changed;
            break;
        case ExternalAdminOutcome::Change::Unchanged:
            item->setIcon(0, QIcon(QStringLiteral(":/icons/unchanged.svg")));
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
            ++unchanged;
            break;
        case ExternalAdminOutcome::Change::Refused:
            item->setIcon(0, QIcon(QStringLiteral(":/icons/refused.svg")));
            break;
        }
        item->setData(0, Qt::UserRole, externalAdminChangeKey(outcome.change));
        item->setToolTip(1, outcome.message);
    }
    const int reached = int(outcomes.value().size());
    for (qsizetype i = reached; i < ids.size(); ++i) {
        auto* item = new QTreeWidgetItem(m_ui->resultsTreeWidget,
                                         {codeOf(ids.at(i)), tr("Not applied: stopped before this account.")});
        item->setIcon(0, QIcon(QStringLiteral(":/icons/unchanged.svg")));
        item->setData(0, Qt::UserRole, QStringLiteral("stopped"));
    }
    const int refused = reached - changed - unchanged;
    QString summary = tr("Changed in %1, unchanged in %2, refused in %3 of %n account(s).", nullptr, reached)
                          .arg(changed)
                          .arg(unchanged)
                          .arg(refused);
    if (reached < ids.size()) {
        summary += QLatin1Char(' ') + tr("Stopped before %n more.", nullptr, int(ids.size()) - reached);
    }
    m_ui->summaryLabel->setText(summary);
}

} // namespace warden

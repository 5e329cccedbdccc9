#include "DirectorySyncDialog.h"

#include "CoreServices.h"
#include "MessageBoxes.h"
#include "ui_DirectorySyncDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QLocale>
#include <QTreeWidgetItem>
#include <QTreeWidgetItemIterator>

namespace warden {

namespace {

enum Preset { Custom, ActiveDirectory, OpenLdap };

QTreeWidgetItem* section(QTreeWidget* tree, const QString& title, qint64 count)
{
    auto* item = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    return item;
}

} // namespace

DirectorySyncDialog::DirectorySyncDialog(CoreServices& core, Actor actor, Account account, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DirectorySyncDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_account(std::move(account))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("directorySyncDialog"));
    setWindowTitle(tr("Directory Synchronization — %1").arg(m_account.name));
    m_ui->introLabel->setText(
        tr("Keeps %1's internal directory in step with your organisation's Active Directory or LDAP server. People "
           "added by hand or by import are never changed; people this connection brought in who leave the "
           "directory are disabled by a full run. A changed primary address removes the person's admin roles, so "
           "it is listed and applied only when you confirm.")
            .arg(m_account.code));
    m_ui->presetComboBox->addItems({tr("Custom"), tr("Active Directory"), tr("OpenLDAP (inetOrgPerson)")});
    m_ui->resultTreeWidget->setHeaderLabels({tr("Entry"), tr("Details")});
    m_ui->resultTreeWidget->header()->setStretchLastSection(true);
    m_ui->resultTreeWidget->setColumnWidth(0, 340);
    m_ui->closeButton->setAutoDefault(false);
    m_ui->syncAllButton->setDefault(true);
    connect(m_ui->presetComboBox, &QComboBox::activated, this, &DirectorySyncDialog::applyPreset);
    connect(m_ui->browseCaButton, &QPushButton::clicked, this, &DirectorySyncDialog::browseCaFile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &DirectorySyncDialog::testConnection);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_ui->previewButton, &QPushButton::clicked, this, &DirectorySyncDialog::preview);
    connect(m_ui->syncAllButton, &QPushButton::clicked, this, &DirectorySyncDialog::syncAll);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, [this] { m_stopRequested = true; });
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textChanged, this, &DirectorySyncDialog::updateState);
    }
    connect(m_ui->startTlsCheckBox, &QCheckBox::toggled, this, &DirectorySyncDialog::updateState);
    connect(m_ui->scheduleSpinBox, &QSpinBox::valueChanged, this, &DirectorySyncDialog::updateState);
    m_canConfigure = core.authorizer().check(m_actor, Action::ConfigureDirectorySync, m_account.id).ok();
    m_canRun = core.authorizer().check(m_actor, Action::RunDirectorySync, m_account.id);
    setBusy(false);
    load();
}

DirectorySyncDialog::~DirectorySyncDialog() = default;

void DirectorySyncDialog::load()
{
    auto found = m_core.sync().connector(m_actor, m_account.id);
    if (!found) {
        m_ui->statusLabel->setText(found.refusal().message);
        m_canConfigure = false;
        m_canRun = found.refusal();
        updateState();
        return;
    }
    m_stored = found.value().value_or(DirectoryConnector::activeDirectoryDefaults());
    const DirectoryConnector& c = m_stored;
    m_ui->serverLineEdit->setText(c.url);
    m_ui->startTlsCheckBox->setChecked(c.startTls);
    m_ui->caFileLineEdit->setText(c.caFile);
    m_ui->bindDnLineEdit->setText(c.bindDn);
    m_ui->baseDnLineEdit->setText(c.baseDn);
    m_ui->filterLineEdit->setText(c.filter);
    m_ui->mapEmailLineEdit->setText(c.mapEmail);
    m_ui->mapNameLineEdit->setText(c.mapName);
    m_ui->mapUpnLineEdit->setText(c.mapUpn);
    m_ui->mapDisabledLineEdit->setText(c.mapDisabled);
    m_ui->domainsLineEdit->setText(c.domains.join(QStringLiteral(", ")));
    m_ui->scheduleSpinBox->setValue(c.scheduleMinutes);
    m_ui->passwordLineEdit->clear();
    auto domains = m_core.accounts().domains(m_actor, m_account.id);
    m_ui->domainsLineEdit->setPlaceholderText(
        domains ? tr("Every internal domain: %1").arg(domains.value().join(QStringLiteral(", ")))
                : tr("Every internal domain"));
    const auto inKeychain = m_core.sync().hasPassword(m_account.id);
    const bool stored = c.isConfigured() && inKeychain && inKeychain.value();
    m_ui->passwordLineEdit->setPlaceholderText(stored ? tr("Kept in this computer's keychain; type to replace")
                                                      : tr("Needed on this computer (kept in its keychain)"));
    m_ui->presetComboBox->setCurrentIndex(c.filter == DirectoryConnector::activeDirectoryFilter() ? ActiveDirectory
                                              : c.filter == DirectoryConnector::openLdapFilter()  ? OpenLdap
                                                                                                  : Custom);
    showStatus(c);
    updateState();
}

void DirectorySyncDialog::applyPreset(int index)
{
    if (index == Custom) {
        return;
    }
    const DirectoryConnector preset = index == ActiveDirectory ? DirectoryConnector::activeDirectoryDefaults()
                                                               : DirectoryConnector::openLdapDefaults();
    m_ui->filterLineEdit->setText(preset.filter);
    m_ui->mapEmailLineEdit->setText(preset.mapEmail);
    m_ui->mapNameLineEdit->setText(preset.mapName);
    m_ui->mapUpnLineEdit->setText(preset.mapUpn);
    m_ui->mapDisabledLineEdit->setText(preset.mapDisabled);
}

void DirectorySyncDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificates"), m_ui->caFileLineEdit->text(),
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty()) {
        m_ui->caFileLineEdit->setText(file);
    }
}

DirectoryConnector DirectorySyncDialog::settingsFromForm() const
{
    DirectoryConnector c = m_stored;
    c.accountId = m_account.id;
    c.url = m_ui->serverLineEdit->text().trimmed();
    c.startTls = m_ui->startTlsCheckBox->isChecked();
    c.caFile = m_ui->caFileLineEdit->text().trimmed();
    c.bindDn = m_ui->bindDnLineEdit->text().trimmed();
    c.baseDn = m_ui->baseDnLineEdit->text().trimmed();
    c.filter = m_ui->filterLineEdit->text().trimmed();
    c.mapEmail = m_ui->mapEmailLineEdit->text().trimmed();
    c.mapName = m_ui->mapNameLineEdit->text().trimmed();
    c.mapUpn = m_ui->mapUpnLineEdit->text().trimmed();
    c.mapDisabled = m_ui->mapDisabledLineEdit->text().trimmed();
    c.domains.clear();
    for (const QString& domain : m_ui->domainsLineEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        c.domains.append(domain.trimmed());
    }
    c.scheduleMinutes = m_ui->scheduleSpinBox->value();
    return c;
}

bool DirectorySyncDialog::isDirty() const
{
    const DirectoryConnector form = settingsFromForm();
    return !m_stored.isConfigured() || !m_ui->passwordLineEdit->text().isEmpty() || form.url != m_stored.url
        || form.startTls != m_stored.startTls || form.caFile != m_stored.caFile || form.bindDn != m_stored.bindDn
        || form.baseDn != m_stored.baseDn || form.filter != m_stored.filter || form.mapEmail != m_stored.mapEmail
        || form.mapName != m_stored.mapName || form.mapUpn != m_stored.mapUpn
        || form.mapDisabled != m_stored.mapDisabled || form.domains != m_stored.domains
        || form.scheduleMinutes != m_stored.scheduleMinutes;
}

void DirectorySyncDialog::updateState()
{
    const bool idle = !m_busy;
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->connectionGroupBox), static_cast<QWidget*>(m_ui->mappingGroupBox)}) {
        field->setEnabled(idle);
    }
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        edit->setReadOnly(!m_canConfigure);
    }
    m_ui->presetComboBox->setEnabled(idle && m_canConfigure);
    m_ui->startTlsCheckBox->setEnabled(idle && m_canConfigure);
    m_ui->browseCaButton->setEnabled(idle && m_canConfigure);
    m_ui->scheduleSpinBox->setEnabled(idle && m_canConfigure);
    m_ui->saveButton->setVisible(m_canConfigure);
    m_ui->saveButton->setEnabled(idle && isDirty());
    m_ui->testButton->setEnabled(idle && (m_canConfigure || m_canRun.ok()));
    const bool runnable = idle && m_canRun.ok() && (m_stored.isConfigured() || m_canConfigure);
    m_ui->previewButton->setEnabled(runnable);
    m_ui->fullRunCheckBox->setEnabled(runnable);
    m_ui->syncAllButton->setEnabled(runnable);
    const QString reason = m_canRun.ok() ? QString() : m_canRun.refusal().message;
    m_ui->previewButton->setToolTip(reason);
    m_ui->syncAllButton->setToolTip(reason.isEmpty() ? tr("Read the directory and apply what changed") : reason);
}

void DirectorySyncDialog::setBusy(bool busy, const QString& what)
{
    const bool stopHadFocus = m_ui->cancelRunButton->hasFocus();
    m_busy = busy;
    m_stopRequested = false;
    m_ui->progressBar->setVisible(busy);
    m_ui->progressLabel->setVisible(busy);
    m_ui->progressLabel->setText(what);
    m_ui->cancelRunButton->setVisible(busy);
    updateState();
    if (busy) {
        m_ui->cancelRunButton->setFocus();
    } else if (stopHadFocus) {
        m_ui->syncAllButton->setFocus(); // where the keyboard was before the run
    }
}

bool DirectorySyncDialog::keepGoing(qint64 entries)
{
    if (entries > 0) {
        m_ui->progressLabel->setText(tr("%1 entries read…").arg(QLocale().toString(entries)));
    }
    QApplication::processEvents(QEventLoop::AllEvents, 50);
    return !m_stopRequested;
}

void DirectorySyncDialog::showStatus(const DirectoryConnector& c)
{
    QString text;
    if (!c.isConfigured()) {
        text = tr("No connection yet: fill in the server and Save, or Test Connection first.");
    } else if (c.lastResult.isEmpty()) {
        text = tr("Never run. The first run reads every entry.");
    } else if (c.lastResult == QLatin1String("applied")) {
        const QJsonObject& n = c.lastCounts;
        text = tr("Last run %1 (%2, %3 ms): %4 entries read, %5 new, %6 changed, %7 disabled, %8 left out.")
                   .arg(QLocale().toString(QDateTime::fromString(c.lastRunAt, Qt::ISODate).toLocalTime(),
                                           QLocale::ShortFormat),
                        n.value(QStringLiteral("full")).toBool() ? tr("full") : tr("incremental"))
                   .arg(c.lastDurationMs)
                   .arg(n.value(QStringLiteral("entries")).toInteger())
                   .arg(n.value(QStringLiteral("new")).toInteger())
                   .arg(n.value(QStringLiteral("changed")).toInteger())
                   .arg(n.value(QStringLiteral("disabled")).toInteger())
                   .arg(n.value(QStringLiteral("skipped")).toInteger());
    } else {
        text = tr("Last run %1 %2: %3")
                   .arg(QLocale().toString(QDateTime::fromString(c.lastRunAt, Qt::ISODate).toLocalTime(),
                                           QLocale::ShortFormat),
                        c.lastResult == QLatin1String("cancelled") ? tr("was stopped") : tr("failed"), c.lastMessage);
    }
    if (!c.changedBy.isEmpty()) {
        text += QLatin1Char(' ') + tr("Settings last changed by %1.").arg(c.changedBy);
    }
    if (m_account.kind == AccountKind::Master) {
        auto below = m_core.sync().connectorsBelow(m_actor, m_account.id);
        QStringList nested;
        for (const DirectoryConnector& other : below ? below.value() : QList<DirectoryConnector>()) {
            if (other.accountId != m_account.id) {
                nested.append(tr("%1 (%2)").arg(other.accountCode,
                                                other.lastResult.isEmpty() ? tr("never run") : other.lastResult));
            }
        }
        if (!nested.isEmpty()) {
            text += QLatin1Char('\n') + tr("Connections below this master: %1.").arg(nested.join(QStringLiteral(", ")));
        }
    }
    m_ui->statusLabel->setText(text);
}

void DirectorySyncDialog::showReport(const SyncReport& r)
{
    QTreeWidget* tree = m_ui->resultTreeWidget;
    tree->clear();
    auto* counts = new QTreeWidgetItem(
        tree,
        {r.applied ? tr("Applied") : tr("Not applied"),
         tr("%1 run: %2 entries read — %3 new, %4 changed, %5 unchanged, %6 disabled, %7 left alone (added by "
            "hand or import).")
             .arg(r.full ? tr("Full") : tr("Incremental"))
             .arg(r.entries)
             .arg(r.created)
             .arg(r.changed)
             .arg(r.unchanged)
             .arg(r.disabled)
             .arg(r.leftAlone)});
    if (!r.notAppliedBecause.isEmpty()) {
        new QTreeWidgetItem(counts, {tr("Why"), r.notAppliedBecause});
    }
    if (!r.addressChanges.isEmpty()) {
        QTreeWidgetItem* changes = section(tree, tr("Primary address changes"), r.addressChanges.size());
        for (const SyncAddressChange& change : r.addressChanges) {
            new QTreeWidgetItem(changes,
                                {tr("%1 → %2").arg(change.from, change.to),
                                 change.rolesLost.isEmpty()
                                     ? tr("No admin roles")
                                     : tr("Removes: %1").arg(change.rolesLost.join(QStringLiteral(", ")))});
        }
        changes->setExpanded(true);
    }
    if (r.disabled > 0) {
        QTreeWidgetItem* disabled = section(tree, tr("Disabled: gone from the directory"), r.disabled);
        for (const SyncDisabledUser& user : r.disabledUsers) {
            new QTreeWidgetItem(disabled,
                                {user.email,
                                 user.roles.isEmpty()
                                     ? tr("No admin roles")
                                     : tr("Still holds: %1").arg(user.roles.join(QStringLiteral(", ")))});
        }
        disabled->setExpanded(true);
    }
    if (r.skippedCount > 0) {
        QTreeWidgetItem* skipped = section(tree, tr("Left out"), r.skippedCount);
        for (const SyncSkipped& skip : r.skipped) {
            new QTreeWidgetItem(skipped, {skip.dn, skip.message});
        }
        skipped->setExpanded(true);
    }
    // The details are often wider than the column: each row says all of it in a tooltip.
    for (QTreeWidgetItemIterator it(tree); *it != nullptr; ++it) {
        (*it)->setToolTip(0, (*it)->text(0));
        (*it)->setToolTip(1, (*it)->text(1));
    }
    tree->setCurrentItem(counts);
}

bool DirectorySyncDialog::save()
{
    if (!m_canConfigure) {
        return m_stored.isConfigured();
    }
    if (!isDirty()) {
        return true;
    }
    const QString typed = m_ui->passwordLineEdit->text();
    auto saved = m_core.sync().configure(m_actor, settingsFromForm(),
                                         typed.isEmpty() ? std::nullopt : std::optional<QByteArray>(typed.toUtf8()));
    if (!saved) {
        MessageBoxes::refusal(this, tr("Save Directory Synchronization"), saved.refusal());
        return false;
    }
    m_ui->passwordLineEdit->clear();
    load();
    return true;
}

void DirectorySyncDialog::testConnection()
{
    setBusy(true, tr("Connecting…"));
    auto tested = m_core.sync().testConnection(m_actor, settingsFromForm(), m_ui->passwordLineEdit->text().toUtf8(),
                                               [this](qint64) { return keepGoing(0); });
    setBusy(false);
    if (!tested) {
        m_ui->statusLabel->setText(tr("Test Connection failed: %1").arg(tested.refusal().message));
        MessageBoxes::refusal(this, tr("Test Connection"), tested.refusal());
        return;
    }
    m_ui->statusLabel->setText(tested.value());
    MessageBoxes::information(this, tr("Test Connection"), tested.value());
}

std::optional<SyncReport> DirectorySyncDialog::runSync(const SyncOptions& options)
{
    if (!save()) {
        return std::nullopt;
    }
    SyncOptions chosen = options;
    chosen.full = m_ui->fullRunCheckBox->isChecked();
    setBusy(true, tr("Reading the directory…"));
    auto report = m_core.sync().run(m_actor, m_account.id, chosen, [this](qint64 n) { return keepGoing(n); });
    setBusy(false);
    load();
    if (!report) {
        if (report.refusal().message != SyncService::cancelledMessage()) {
            MessageBoxes::refusal(this, tr("Sync All"), report.refusal());
        }
        m_ui->statusLabel->setText(report.refusal().message);
        return std::nullopt;
    }
    showReport(report.value());
    return report.value();
}

void DirectorySyncDialog::preview()
{
    SyncOptions options;
    options.dryRun = true;
    (void)runSync(options);
}

void DirectorySyncDialog::syncAll()
{
    auto report = runSync({});
    if (!report || report->applied || report->addressChanges.isEmpty()) {
        return;
    }
    QStringList lines;
    for (const SyncAddressChange& change : report->addressChanges) {
        if (lines.size() == 15) {
            lines.append(tr("… and %n more", nullptr, int(report->addressChanges.size() - 15)));
            break;
        }
        lines.append(
            tr("%1 → %2 removes %3")
                .arg(change.from, change.to,
                     change.rolesLost.isEmpty() ? tr("no roles") : change.rolesLost.join(QStringLiteral(", "))));
    }
    const auto answer = MessageBoxes::question(
        this, tr("Apply Address Changes"),
        tr("The directory changed the primary address of %n person(s). Role membership follows the address, so "
           "these admin roles will be removed:\n\n%1\n\nApply the sync with these changes?",
           nullptr, int(report->addressChanges.size()))
            .arg(lines.join(QLatin1Char('\n'))));
    if (answer != QMessageBox::Yes) {
        return;
    }
    SyncOptions confirmed;
    confirmed.confirmAddressChanges = true;
    (void)runSync(confirmed);
}

void DirectorySyncDialog::reject()
{
    if (m_busy) {
        m_stopRequested = true;
        return;
    }
    QDialog::reject();
}

} // namespace warden

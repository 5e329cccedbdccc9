#include "AuditLogWidget.h"

#include "AuditChangeModel.h"
#include "AuditEntryText.h"
#include "AuditLogModel.h"
#include "CoreServices.h"
#include "DownIntoResults.h"
#include "MessageBoxes.h"
#include "ui_AuditLogWidget.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>

namespace warden {

AuditLogWidget::AuditLogWidget(CoreServices& core, Actor viewer, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditLogWidget>())
    , m_core(core)
    , m_viewer(std::move(viewer))
    , m_model(new AuditLogModel(core, m_viewer, this))
    , m_changes(new AuditChangeModel(this))
{
    m_ui->setupUi(this);
    QTableView* entries = m_ui->entriesTableView;
    entries->setModel(m_model);
    entries->verticalHeader()->hide();
    entries->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    entries->horizontalHeader()->setSectionResizeMode(AuditLogModel::SeqColumn, QHeaderView::ResizeToContents);
    entries->horizontalHeader()->setSectionResizeMode(AuditLogModel::TimeColumn, QHeaderView::ResizeToContents);
    entries->horizontalHeader()->setStretchLastSection(true);
    QTableView* changes = m_ui->entryChangesTableView;
    changes->setModel(m_changes);
    changes->verticalHeader()->hide();
    changes->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // long values wrap
    changes->horizontalHeader()->setSectionResizeMode(AuditChangeModel::FieldColumn, QHeaderView::ResizeToContents);
    changes->horizontalHeader()->setSectionResizeMode(AuditChangeModel::BeforeColumn, QHeaderView::Stretch);
    changes->horizontalHeader()->setSectionResizeMode(AuditChangeModel::AfterColumn, QHeaderView::Stretch);
    m_ui->entrySplitter->setStretchFactor(0, 3);
    m_ui->entrySplitter->setStretchFactor(1, 2);
    m_ui->verifyResultLabel->hide();

    // The kinds of change, by the beginning of the recorded action.
    const std::pair<QString, QString> kinds[] = {
        {tr("Every kind of change"), QString()},
        {tr("Role membership"), QStringLiteral("role.member.")},
        {tr("Roles and membership"), QStringLiteral("role.")},
        {tr("Administrators"), QStringLiteral("admin.")},
        {tr("Directory users"), QStringLiteral("user.")},
        {tr("Directory imports"), QStringLiteral("directory.import")},
        {tr("Change requests"), QStringLiteral("change_request.")},
        {tr("Account contacts"), QStringLiteral("contact.")},
        {tr("External administrators"), QStringLiteral("external_admin.")},
        {tr("Partners"), QStringLiteral("partner.")},
        {tr("Account settings"), QStringLiteral("account.")},
        {tr("Domains"), QStringLiteral("domain.")},
        {tr("Sign-ins"), QStringLiteral("signin.")},
        {tr("Computers"), QStringLiteral("computer.")},
        {tr("Database key"), QStringLiteral("key.")},
        {tr("Backup access"), QStringLiteral("backup.")},
    };
    for (const auto& [label, prefix] : kinds) {
        m_ui->kindComboBox->addItem(label, prefix);
    }
    m_ui->kindComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-7));
    m_ui->toDateEdit->setDate(today);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AuditLogWidget::applyFilter);
    for (QLineEdit* edit : {m_ui->affectedLineEdit, m_ui->actorLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
        DownIntoResults::link(edit, m_ui->entriesTableView);
    }
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &AuditLogWidget::applyFilter);
    connect(m_ui->dateRangeCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDateEdit->setEnabled(on);
        m_ui->toDateEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &AuditLogWidget::applyFilter);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &AuditLogWidget::applyFilter);
    connect(m_ui->verifyPushButton, &QPushButton::clicked, this, &AuditLogWidget::verifyChain);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, [this] { exportCsv(); });

    connect(entries->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogWidget::showCurrentEntry);
    // Live: the model reloads on every change; the selected entry stays selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_ui->entriesTableView->currentIndex();
        m_selectedSeq = current.isValid() ? current.data(AuditLogModel::SeqRole).toLongLong() : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; m_selectedSeq != 0 && row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(AuditLogModel::SeqRole).toLongLong() == m_selectedSeq) {
                m_ui->entriesTableView->selectRow(row);
                return;
            }
        }
        showCurrentEntry();
    });
    showCurrentEntry();
}

AuditLogWidget::~AuditLogWidget() = default;

void AuditLogWidget::showAffecting(const QString& personOrRole)
{
    m_ui->affectedLineEdit->setText(personOrRole);
    m_debounce.stop();
    applyFilter();
}

void AuditLogWidget::applyFilter()
{
    AuditFilter filter;
    filter.affected = m_ui->affectedLineEdit->text().trimmed();
    filter.actor = m_ui->actorLineEdit->text().trimmed();
    filter.action = m_ui->kindComboBox->currentData().toString();
    if (m_ui->dateRangeCheckBox->isChecked()) {
        filter.from = m_ui->fromDateEdit->date().startOfDay();
        filter.to = m_ui->toDateEdit->date().addDays(1).startOfDay();
    }
    m_model->setFilter(filter);
}

void AuditLogWidget::showCurrentEntry()
{
    const QModelIndex current = m_ui->entriesTableView->currentIndex();
    if (!current.isValid()) {
        m_ui->entrySentenceLabel->setText(m_model->rowCount() == 0 ? tr("No entries match the filter.")
                                                                   : tr("Select an entry to see what it changed."));
        m_changes->clear();
        return;
    }
    const AuditEntry& entry = m_model->entryAt(current.row());
    m_changes->setEntry(entry);
    QString text = AuditEntryText::sentence(entry);
    text += QLatin1Char('\n')
        + tr("Entry %1 · %2").arg(entry.seq).arg(QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat));
    if (m_changes->rowCount() == 0) {
        text += QLatin1Char('\n') + tr("The entry records no field values.");
    }
    m_ui->entrySentenceLabel->setText(text);
}

void AuditLogWidget::verifyChain()
{
    auto report = m_core.audit().verify();
    m_ui->verifyResultLabel->show();
    if (!report) {
        m_ui->verifyResultLabel->setText(report.refusal().message);
        return;
    }
    if (report.value().intact) {
        m_ui->verifyResultLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_ui->verifyResultLabel->setText(
            tr("The audit log is intact: %n entries checked, each against the signature of the computer that "
               "wrote it, and the log against every checkpoint and what this computer saw of it before.",
               nullptr, int(report.value().entriesChecked)));
    } else {
        m_ui->verifyResultLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_ui->verifyResultLabel->setText(tr("The audit log was tampered with at entry %1: %2")
                                             .arg(report.value().firstBrokenSeq)
                                             .arg(report.value().problem));
    }
}

void AuditLogWidget::exportCsv(QString path)
{
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export Audit Log"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                + QStringLiteral("/warden-audit.csv"),
                                            tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        MessageBoxes::warning(this, tr("Export Audit Log"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    AuditFilter filter = m_model->filter();
    filter.newestFirst = false;
    filter.limit = 0;
    if (auto done = m_core.audit().exportCsv(m_viewer, filter, file); !done) {
        MessageBoxes::warning(this, tr("Export Audit Log"), done.refusal().message);
    }
}

} // namespace warden

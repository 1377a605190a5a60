/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `xitu import` runs in a subprocess of this test; the child prints the
 * exit status it would return as its last line of stderr so the parent can
 * check it along with the output. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "xitu-cli-import.h"
#include "xitu-import-store.h"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

/* In the child: run the command line the parent put in XITU_TEST_ARGS
 * (arguments separated by '\n'), in the interface language the parent put
 * in XITU_TEST_LANGUAGE (English when it is not set, whatever LANGUAGE the
 * tests were started with), with the translations of this build. */
static void
run_child (void)
{
  g_auto(GStrv) args = g_strsplit (g_getenv ("XITU_TEST_ARGS"), "\n", -1);
  const char *language = g_getenv ("XITU_TEST_LANGUAGE");
  const char *localedir = g_getenv ("XITU_LOCALEDIR");
  int status;

  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  status = xitu_cli_import ((int) g_strv_length (args), args);

  g_printerr ("[exit %d]\n", status);
  exit (0);
}

static void
run (const char *test_path,
     const char *first,
     ...)
{
  g_autoptr(GString) joined = g_string_new ("import");
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_string_append_printf (joined, "\n%s", arg);
  va_end (ap);

  g_setenv ("XITU_TEST_ARGS", joined->str, TRUE);
  g_test_trap_subprocess (test_path, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static char *
temp_dir (void)
{
  char *dir = g_dir_make_tmp ("xitu-cli-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

static void
remove_dir (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_dir (path);
      else
        g_unlink (path);
    }
  if (d != NULL)
    g_dir_close (d);
  g_rmdir (dir);
}

static void
test_dry_run (void)
{
  g_autofree char *path = fixture ("usgs-long-quirks.csv");
  g_autofree char *dir = NULL;
  g_autofree char *store_dir = NULL;
  g_autofree char *store_arg = NULL;

  if (g_test_subprocess ())
    run_child ();

  dir = temp_dir ();
  store_dir = g_build_filename (dir, "imports", NULL);
  store_arg = g_strconcat ("--store-dir=", store_dir, NULL);
  run ("/cli-import/dry-run", path, "--dry-run", store_arg, NULL);

  g_test_trap_assert_stdout ("usgs-long-quirks.csv: usgs-long, edition MCS 2026\n"
                             "20 rows read: 16 figures, 1 row of other commodities ignored, "
                             "2 rows skipped, 1 unmatched name\n*");
  g_test_trap_assert_stdout ("*  CHN  China                    production 1\n*");
  g_test_trap_assert_stdout ("*  USA  United States            import-share 2, "
                             "net-import-reliance 2, price 1, production 1\n*");
  g_test_trap_assert_stdout ("*Skipped rows (2):\n"
                             "  line 16: statistic \"Employment, mine and mill, annual average, "
                             "number\" is not imported\n"
                             "  line 21: same figure as line 22 (world mine production table)\n*");
  g_test_trap_assert_stdout ("*Unknown country names (their rows were not imported):\n"
                             "  line 15: \"Atlantis\"\n*");
  g_test_trap_assert_stdout ("*Dry run: nothing was stored.\n");
  g_test_trap_assert_stderr ("[exit 0]\n");

  /* Nothing was written. */
  g_assert_false (g_file_test (store_dir, G_FILE_TEST_EXISTS));
  remove_dir (dir);
}

/* The summary in the interface language: LANGUAGE=zh_CN under the tests'
 * LC_ALL=C.UTF-8, as tests/ui/test-walk.py runs the window. */
static void
test_chinese (void)
{
  g_autofree char *path = fixture ("usgs-long-quirks.csv");

  if (g_test_subprocess ())
    run_child ();

  if (g_getenv ("XITU_LOCALEDIR") == NULL)
    {
      g_test_skip ("XITU_LOCALEDIR is not set: no translations of this build to use");
      return;
    }

  g_setenv ("XITU_TEST_LANGUAGE", "zh_CN", TRUE);
  run ("/cli-import/chinese", path, "--dry-run", NULL);
  g_unsetenv ("XITU_TEST_LANGUAGE");

  g_test_trap_assert_stdout ("usgs-long-quirks.csv: usgs-long，版本 MCS 2026\n"
                             "读取 20 行：16 条数据，忽略其他商品的 1 行，跳过 2 行，"
                             "1 个名称无法识别\n*");
  /* The country names too, padded to the same columns as the English ones
   * (a Chinese character takes two). */
  g_test_trap_assert_stdout ("*按国家和指标统计的数据：\n"
                             "  BRA  巴西                     reserves 1\n*");
  g_test_trap_assert_stdout ("*  CHN  中国                     production 1\n*");
  g_test_trap_assert_stdout ("*跳过的行（2）：\n"
                             "  第 16 行：统计项“Employment, mine and mill, annual average, "
                             "number”不导入\n"
                             "  第 21 行：与第 22 行的数据相同（世界矿山产量表）\n*");
  g_test_trap_assert_stdout ("*无法识别的国家名称（相应的行未导入）：\n"
                             "  第 15 行：“Atlantis”\n*");
  g_test_trap_assert_stdout ("*试运行：未保存任何内容。\n");
  g_test_trap_assert_stderr ("[exit 0]\n");
}

/* The notes, with the Chinese text of the errata, and a bloc's name. */
static void
test_chinese_notes (void)
{
  g_autofree char *usgs = fixture ("usgs-mcs2026-rare-earths.csv");
  g_autofree char *comtrade = fixture ("comtrade-eu.csv");

  if (g_test_subprocess ())
    run_child ();

  if (g_getenv ("XITU_LOCALEDIR") == NULL)
    {
      g_test_skip ("XITU_LOCALEDIR is not set: no translations of this build to use");
      return;
    }

  g_setenv ("XITU_TEST_LANGUAGE", "zh_CN", TRUE);
  run ("/cli-import/chinese-notes", usgs, "--dry-run", NULL);
  g_test_trap_assert_stdout ("*说明：\n  第 152 行：版本说明：MCS 2026 PDF 第 1.3 版*");
  g_test_trap_assert_stderr ("[exit 0]\n");

  run ("/cli-import/chinese-notes", comtrade, "--dry-run", NULL);
  g_unsetenv ("XITU_TEST_LANGUAGE");
  g_test_trap_assert_stdout ("*  EU27 欧盟（27国）             import-share 8, imports 4\n*");
  g_test_trap_assert_stdout ("*说明：\n  Comtrade 代码 97（欧盟）指各年份当时的欧盟成员国；它已作为 "
                             "Xitu 的欧盟（27国）导入。2020 年之前的行（第一处在第 6 行，2019 年）"
                             "是包括英国在内的欧盟，而非欧盟 27 国；英国已于 2020 年退出欧盟。\n*");
  g_test_trap_assert_stderr ("[exit 0]\n");
}

/* Errors too: the same message as in test_bad_input, in Chinese. */
static void
test_chinese_error (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "bad",
                                                 "usgs-unbalanced-quote.csv", NULL);

  if (g_test_subprocess ())
    run_child ();

  if (g_getenv ("XITU_LOCALEDIR") == NULL)
    {
      g_test_skip ("XITU_LOCALEDIR is not set: no translations of this build to use");
      return;
    }

  g_setenv ("XITU_TEST_LANGUAGE", "zh_CN", TRUE);
  run ("/cli-import/chinese-error", path, "--dry-run", NULL);
  g_unsetenv ("XITU_TEST_LANGUAGE");

  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("xitu import: usgs-unbalanced-quote.csv:3：带引号的字段没有结束："
                             "此处开始的引号到第 4 行才结束，且其后还有文本\n[exit 2]\n");
}

static void
test_store (void)
{
  g_autofree char *path = fixture ("usgs-mcs2026-rare-earths.csv");
  g_autofree char *dir = NULL;
  g_autofree char *store_arg = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(XituImportStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    run_child ();

  dir = temp_dir ();
  store_arg = g_strconcat ("--store-dir=", dir, NULL);
  run ("/cli-import/store", store_arg, path, NULL);

  expected = g_strdup_printf ("*\nStored as usgs-long-* in %s\n", dir);
  g_test_trap_assert_stdout (expected);
  g_test_trap_assert_stdout ("*  BRA  Brazil                   production 2, reserves 1\n*");
  g_test_trap_assert_stdout ("*Notes:\n  Line 152: Edition note: the MCS 2026 PDF version 1.3*");
  g_test_trap_assert_stderr ("[exit 0]\n");

  store = xitu_import_store_new (dir);
  g_assert_true (xitu_import_store_reload (store, &error));
  g_assert_cmpuint (xitu_import_store_get_n_imports (store), ==, 1);
  g_assert_cmpuint (xitu_import_store_get_import (store, 0)->n_figures, ==, 122);
  remove_dir (dir);
}

static void
test_edition (void)
{
  g_autofree char *path = fixture ("usgs-long-quirks.csv");

  if (g_test_subprocess ())
    run_child ();

  run ("/cli-import/edition", "--dry-run", "--edition=MCS 2026 (test)", "--encoding=cp1252", path,
       NULL);
  g_test_trap_assert_stdout ("usgs-long-quirks.csv: usgs-long, edition MCS 2026 (test)\n*");
  g_test_trap_assert_stderr ("[exit 0]\n");
}

static void
test_bad_input (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "bad",
                                                 "usgs-unbalanced-quote.csv", NULL);

  if (g_test_subprocess ())
    run_child ();

  run ("/cli-import/bad-input", path, "--dry-run", NULL);
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("xitu import: usgs-unbalanced-quote.csv:3: unterminated quoted "
                             "field: the quote opened here closes on line 4, where text follows "
                             "it\n[exit 2]\n");
}

static void
test_missing_file (void)
{
  if (g_test_subprocess ())
    run_child ();

  run ("/cli-import/missing-file", "/nonexistent/xitu/file.csv", NULL);
  g_test_trap_assert_stderr ("xitu import: file.csv: *\n[exit 2]\n");
}

static void
test_usage (void)
{
  if (g_test_subprocess ())
    run_child ();

  run ("/cli-import/usage", "--dry-run", NULL);
  g_test_trap_assert_stderr ("xitu import: no file given\n\nUsage:\n  xitu import [OPTION*] FILE*"
                             "[exit 2]\n");
}

/* -h and --help print the usage and return 0 instead of exiting inside the
 * option parser (found by fuzz-cli). */
static void
test_help_returns (void)
{
  if (g_test_subprocess ())
    run_child ();

  run ("/cli-import/help", "-h", NULL);
  g_test_trap_assert_stdout ("Usage:\n  xitu import [OPTION*] FILE*--dry-run*");
  g_test_trap_assert_stderr ("[exit 0]\n");
}

static void
test_bad_encoding (void)
{
  g_autofree char *path = fixture ("usgs-long-quirks.csv");

  if (g_test_subprocess ())
    run_child ();

  run ("/cli-import/bad-encoding", "--encoding=latin-9", path, NULL);
  g_test_trap_assert_stderr ("xitu import: --encoding must be auto, utf-8 or windows-1252\n*"
                             "[exit 2]\n");
}

static void
test_unwritable_store (void)
{
  g_autofree char *path = fixture ("usgs-wide-quirks.csv");
  g_autofree char *dir = NULL;
  g_autofree char *blocker = NULL;
  g_autofree char *store_arg = NULL;

  if (g_test_subprocess ())
    run_child ();

  dir = temp_dir ();
  blocker = g_build_filename (dir, "file", NULL);
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  store_arg = g_strconcat ("--store-dir=", blocker, G_DIR_SEPARATOR_S, "imports", NULL);
  run ("/cli-import/unwritable-store", path, store_arg, NULL);
  g_test_trap_assert_stdout ("usgs-wide-quirks.csv: usgs-wide, edition MCS 2024\n*");
  g_test_trap_assert_stderr ("xitu import: Cannot create *[exit 1]\n");
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-import/dry-run", test_dry_run);
  g_test_add_func ("/cli-import/help", test_help_returns);
  g_test_add_func ("/cli-import/chinese", test_chinese);
  g_test_add_func ("/cli-import/chinese-notes", test_chinese_notes);
  g_test_add_func ("/cli-import/chinese-error", test_chinese_error);
  g_test_add_func ("/cli-import/store", test_store);
  g_test_add_func ("/cli-import/edition", test_edition);
  g_test_add_func ("/cli-import/bad-input", test_bad_input);
  g_test_add_func ("/cli-import/missing-file", test_missing_file);
  g_test_add_func ("/cli-import/usage", test_usage);
  g_test_add_func ("/cli-import/bad-encoding", test_bad_encoding);
  g_test_add_func ("/cli-import/unwritable-store", test_unwritable_store);

  return g_test_run ();
}

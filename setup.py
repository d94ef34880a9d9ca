"""Ship the top-level assessments/ and resources/ folders inside the wheel.

They stay outside the package in the repository (they are data, edited by statisticians and
translators), and are copied to capacity_app/_data/ at build time; capacity_app.paths looks for
the repository copy first, then the packaged copy.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent


class BuildWithData(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "capacity_app" / "_data"
        for name in ("assessments", "resources"):
            src = HERE / name
            if src.is_dir():
                dst = target / name
                if dst.exists():
                    shutil.rmtree(dst)
                shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithData})

# fg_embed_files(OUT_VAR NAMESPACE file...) turns data files into a generated C++ source that
# exposes each file's bytes as fg::embedded::<name>() -> std::string_view. Data stays in data/
# as plain files; the binary carries a copy so it works from any folder.
function(fg_embed_files out_var)
  set(gen_dir ${CMAKE_CURRENT_BINARY_DIR}/embedded)
  file(MAKE_DIRECTORY ${gen_dir})
  set(sources)
  foreach(path IN LISTS ARGN)
    get_filename_component(stem ${path} NAME)
    string(MAKE_C_IDENTIFIER ${stem} ident)
    set(out ${gen_dir}/${ident}.cpp)
    add_custom_command(
      OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -DINPUT=${path} -DOUTPUT=${out} -DIDENT=${ident}
              -P ${PROJECT_SOURCE_DIR}/cmake/embed_one.cmake
      DEPENDS ${path} ${PROJECT_SOURCE_DIR}/cmake/embed_one.cmake
      COMMENT "Embedding ${stem}")
    list(APPEND sources ${out})
  endforeach()
  set(${out_var} ${sources} PARENT_SCOPE)
endfunction()
